package app.holdpoint.ui.sound;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.LineUnavailableException;

/** A line factory for tests: records what is written, or fails, or blocks until released. */
final class FakeLines implements LineFactory {
    enum Behaviour { RECORD, UNAVAILABLE, NO_DEVICE, BLOCK }

    private final Behaviour behaviour;
    final AtomicInteger opened = new AtomicInteger();
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch firstWrite = new CountDownLatch(1);
    private final List<byte[]> writes = new ArrayList<>();

    FakeLines(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    synchronized List<byte[]> writes() {
        return List.copyOf(writes);
    }

    synchronized byte[] allBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writes.forEach(out::writeBytes);
        return out.toByteArray();
    }

    @Override
    public Line open(AudioFormat format) throws LineUnavailableException {
        opened.incrementAndGet();
        switch (behaviour) {
            case UNAVAILABLE:
                throw new LineUnavailableException("the device is busy");
            case NO_DEVICE:
                throw new IllegalArgumentException("No line matching interface SourceDataLine is supported.");
            default:
                break;
        }
        return new Line() {
            @Override
            public void write(byte[] pcm, int offset, int length) {
                firstWrite.countDown();
                if (behaviour == Behaviour.BLOCK) {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                byte[] copy = new byte[length];
                System.arraycopy(pcm, offset, copy, 0, length);
                synchronized (FakeLines.this) {
                    writes.add(copy);
                }
            }

            @Override
            public void close() {
            }
        };
    }
}
