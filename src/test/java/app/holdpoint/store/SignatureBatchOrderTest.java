package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Signature checks run in batches while the walk reads on: a batch's failures must still stand where the walk
 * reached them, between the other findings, and the bound on findings must hold across batches.
 */
class SignatureBatchOrderTest {
    private final SignatureChecks.Checkers checkers = new SignatureChecks.Checkers(2);
    private final KioskKey key = KioskKey.ephemeral();
    private final Map<String, SignatureChecks.Registered> keys = Map.of(key.keyId(),
            new SignatureChecks.Registered("room-2", KioskKey.parsePublic(key.publicKeyText())));

    @AfterEach
    void stop() {
        checkers.close();
    }

    @Test
    void failuresOfManyBatchesStandInWalkOrderBetweenTheOtherFindings() {
        Findings findings = new Findings();
        SignatureChecks checks = SignatureChecks.of(keys, 1, "session", findings,
                checkers);
        // 20 000 links: five batches, so several run while later links are queued. Every 3 001st link carries a
        // signature of other text; every 4 999th has a link finding of its own, reported as the walk reaches it.
        List<Integer> linkFindingAt = new ArrayList<>();
        List<Integer> signatureFailureAt = new ArrayList<>();
        for (int i = 1; i <= 20_000; i++) {
            String hash = "hash-" + i;
            VerifyFinding which = VerifyFinding.of(VerifyFinding.Kind.SESSION, (long) i);
            if (i % 4_999 == 0) {
                findings.session(i, VerifyFinding.Kind.SEAL_LINK, which);
                linkFindingAt.add(i);
            }
            boolean forged = i % 3_001 == 0;
            checks.link(i, which, i, hash, key.keyId(), key.sign(forged ? "edited-" + i : hash));
            if (forged) {
                signatureFailureAt.add(i);
            }
        }
        checks.finish();

        // A batch's failures follow the walk's findings up to the end of that batch (4 096 links).
        List<Long> order = findings.all().stream().map(f -> f.sessionId().getAsLong()).toList();
        assertThat(order).hasSize(linkFindingAt.size() + signatureFailureAt.size());
        List<Long> expectedOrder = new ArrayList<>();
        int batchEnd = 4_096;
        int nextLink = 0;
        int nextSignature = 0;
        while (nextLink < linkFindingAt.size() || nextSignature < signatureFailureAt.size()) {
            while (nextLink < linkFindingAt.size() && linkFindingAt.get(nextLink) <= batchEnd) {
                expectedOrder.add((long) linkFindingAt.get(nextLink++));
            }
            while (nextSignature < signatureFailureAt.size() && signatureFailureAt.get(nextSignature) <= batchEnd) {
                expectedOrder.add((long) signatureFailureAt.get(nextSignature++));
            }
            batchEnd += 4_096;
        }
        assertThat(order).containsExactlyElementsOf(expectedOrder);
        assertThat(findings.all().get(0).reason()).contains("session 3001").contains("room-2");
        assertThat(findings.truncated()).isFalse();
    }

    @Test
    void aWholesaleForgeryIsBoundedAndKeepsTheFirstFailuresInOrder() {
        Findings findings = new Findings();
        SignatureChecks checks = SignatureChecks.of(keys, 1, "session", findings,
                checkers);
        String forged = key.sign("something else");
        for (int i = 1; i <= 10_000; i++) {
            checks.link(i, VerifyFinding.of(VerifyFinding.Kind.SESSION, (long) i), i, "hash-" + i, key.keyId(), forged);
        }
        checks.finish();

        assertThat(findings.all()).hasSize(VerifyResult.MAX_FAILURES);
        assertThat(findings.all().stream().map(f -> f.sessionId().getAsLong()).toList())
                .isEqualTo(java.util.stream.LongStream.rangeClosed(1, VerifyResult.MAX_FAILURES).boxed().toList());
        assertThat(findings.truncated()).isTrue();
    }

    @Test
    void slotsKeepTheirPlaceAndAreFilledInTheirOrder() {
        Findings findings = new Findings();
        findings.general(VerifyFinding.Kind.SESSION_HEAD_MISSING);
        Findings.Slot first = findings.reserve();
        findings.session(7, VerifyFinding.Kind.SEAL_LINK, VerifyFinding.of(VerifyFinding.Kind.SESSION, 7L));
        Findings.Slot second = findings.reserve();
        findings.session(9, VerifyFinding.Kind.SEAL_LINK, VerifyFinding.of(VerifyFinding.Kind.SESSION, 9L));

        assertThatThrownBy(findings::all).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> second.fill(List.of())).isInstanceOf(IllegalStateException.class);
        first.fill(List.of(failure(5), failure(6)));
        second.fill(List.of(failure(8)));

        assertThat(findings.all().stream().map(f -> f.sessionId().orElse(0)).toList())
                .containsExactly(0L, 5L, 6L, 7L, 8L, 9L);
        assertThat(findings.first()).contains(VerifyFinding.of(VerifyFinding.Kind.SESSION_HEAD_MISSING).english());
    }

    private static VerifyResult.Failure failure(long session) {
        return new VerifyResult.Failure(java.util.OptionalLong.of(session), VerifyFinding.of(
                VerifyFinding.Kind.SIGNATURE, VerifyFinding.of(VerifyFinding.Kind.SESSION, session), "room-2"));
    }
}
