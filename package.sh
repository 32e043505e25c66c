#!/usr/bin/env bash
# Builds the installable Holdpoint: a self-contained application with its own trimmed Java runtime (no JDK or
# Maven needed where it runs), as an app image and a Debian package, into target/dist/.
#   ./package.sh              app image (target/dist/holdpoint/) and .deb (target/dist/holdpoint_<version>_<arch>.deb)
#   ./package.sh --image-only the app image alone (no fakeroot or dpkg needed)
# Needs a JDK 17+ with jmods (jdeps, jlink, jpackage), Maven, and for the .deb: fakeroot, dpkg-deb, objcopy.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$home"
image_only=false
[ "${1:-}" = "--image-only" ] && image_only=true

version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)"
# The .deb's maintainer (dpkg -s shows "Holdpoint <address>"): a distributor or a clinic's IT sets its own address.
maintainer_email="${HOLDPOINT_MAINTAINER_EMAIL:-maintainers@holdpoint.invalid}"
work="$home/target/package"
dist="$home/target/dist"
rm -rf "$work" "$dist"
mkdir -p "$work/input" "$dist"

echo "Compiling Holdpoint $version..." >&2
mvn -B -q -o -DskipTests compile 2>/dev/null || mvn -B -q -DskipTests compile

# The application jar carries its version (holdpoint --version reads it from the manifest).
printf 'Implementation-Title: Holdpoint\nImplementation-Version: %s\n' "$version" >"$work/manifest.txt"
jar --create --file "$work/input/holdpoint.jar" --manifest "$work/manifest.txt" -C target/classes .
IFS=: read -ra dependencies <"target/runtime-classpath.txt" || true  # one line, no final newline
for dependency in "${dependencies[@]}"; do
  [ -n "$dependency" ] && cp "$dependency" "$work/input/"
done
# The shipped protocols travel with the application (read-only under /opt/holdpoint/lib/app/protocols); the
# kiosk copies them into the data folder on first start, where a clinic edits them and adds its own.
cp -r protocols "$work/input/protocols"

# The icon (menu entry, window switcher): drawn here, a countdown ring on the kiosk's dark background, so no
# binary file is kept in the repository.
cat >"$work/Icon.java" <<'JAVA'
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

public class Icon {
    public static void main(String[] args) throws Exception {
        int size = 256;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(new Color(0x1E2228));
        g.fillRoundRect(8, 8, size - 16, size - 16, 56, 56);
        g.setStroke(new BasicStroke(22, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0x3A414B));
        g.draw(new Arc2D.Double(52, 52, 152, 152, 0, 360, Arc2D.OPEN));
        g.setColor(new Color(0x4FC3A1));
        g.draw(new Arc2D.Double(52, 52, 152, 152, 90, -250, Arc2D.OPEN));
        g.fillOval(size / 2 - 18, size / 2 - 18, 36, 36);
        g.dispose();
        ImageIO.write(image, "png", new File(args[0]));
    }
}
JAVA
java -Djava.awt.headless=true "$work/Icon.java" "$work/holdpoint.png"

# The runtime: the modules the code uses (jdeps), plus what is reached only by name at run time: elliptic
# curves and Ed25519 (jdk.crypto.ec) for TLS and signatures, sun.misc.Unsafe (jdk.unsupported) for JNA and
# FlatLaf, JNDI (java.naming) and zip file systems (jdk.zipfs) for H2, and the locale data for dates and
# numbers in English and German.
echo "Computing the runtime's modules..." >&2
found="$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
  --class-path "$work/input/*" "$work/input/holdpoint.jar" | tail -1)"
modules="$found,java.desktop,java.sql,java.naming,java.logging,java.management,jdk.crypto.ec,jdk.unsupported,jdk.zipfs,jdk.localedata,jdk.charsets"
echo "Modules: $modules" >&2
# --generate-cds-archive: the runtime's own class-data-sharing archive (a full JDK ships one; a jlink'd runtime has
# none without it), so the JDK's classes are mapped, not parsed, at every start (docs/benchmarks.md).
jlink --add-modules "$modules" --include-locales=en,de --strip-debug --no-header-files --no-man-pages \
  --compress=2 --generate-cds-archive --output "$work/runtime"
# The second archive is for heaps over 32 GB (no compressed pointers), which -Xmx512m never uses: 11 MB saved.
rm -f "$work/runtime/lib/server/classes_nocoops.jsa"

# Two launchers, with run.sh's options (docs/benchmarks.md says why): holdpoint, the command (and the kiosk when
# run with no command), with both compilers and the parallel collector for the commands that read a whole record;
# holdpoint-kiosk, for the kiosk session, the autostart and the menu, with the serial collector and the quick
# compiler alone (packaging/holdpoint-kiosk.properties).
# holdpoint.installed tells Holdpoint its protocols live in the data folder, seeded from the shipped ones.
java_options=(--java-options '-Dholdpoint.home=$APPDIR' --java-options -Dholdpoint.installed=true
  --java-options -XX:+UseParallelGC --java-options -Xms24m --java-options -Xmx512m
  --java-options -XX:CompileThresholdScaling=5
  --add-launcher holdpoint-kiosk=packaging/holdpoint-kiosk.properties)
echo "Building the app image..." >&2
jpackage --type app-image --name holdpoint --app-version "$version" --vendor "Holdpoint" \
  --description "Trigger-point therapy kiosk with an auditable session record" \
  --input "$work/input" --main-jar holdpoint.jar --main-class app.holdpoint.App \
  --runtime-image "$work/runtime" --icon "$work/holdpoint.png" "${java_options[@]}" --dest "$dist"
# Files for the kiosk session (docs/deployment.md), inside the image so both forms carry them (jpackage leaves
# share/ out of the .deb, so the package gets them below).
session_files=(holdpoint.service holdpoint-session holdpoint-session.desktop holdpoint-autostart.desktop holdpoint.desktop)
mkdir -p "$dist/holdpoint/share"
for file in "${session_files[@]}"; do cp "packaging/$file" "$dist/holdpoint/share/"; done
$image_only && { echo "App image: $dist/holdpoint" >&2; exit 0; }

echo "Building the .deb..." >&2
# jpackage's own package is only unpacked again below: the fastest compression will do.
DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=1 jpackage --type deb --app-image "$dist/holdpoint" --name holdpoint --app-version "$version" \
  --vendor "Holdpoint" --description "Trigger-point therapy kiosk with an auditable session record" \
  --linux-package-name holdpoint --linux-app-category science --linux-package-deps "libxss1, libsodium23" \
  --linux-deb-maintainer "$maintainer_email" \
  --dest "$work/deb"
# jpackage puts everything under /opt/holdpoint; the files that must sit where the system looks for them (the
# command in PATH, the menu entry, the systemd user unit, the X session) are added to the package itself,
# so dpkg owns and removes them.
built="$(ls "$work"/deb/*.deb)"
tree="$work/tree"
fakeroot -- bash -euo pipefail -c '
  tree="$1"; built="$2"; out="$3"; dist="$4"
  dpkg-deb -R "$built" "$tree"
  mkdir -p "$tree/opt/holdpoint/share"
  cp -p "$dist"/holdpoint/share/* "$tree/opt/holdpoint/share/"
  mkdir -p "$tree/usr/bin" "$tree/usr/share/applications" "$tree/usr/lib/systemd/user" "$tree/usr/share/xsessions"
  ln -s /opt/holdpoint/bin/holdpoint "$tree/usr/bin/holdpoint"
  ln -s /opt/holdpoint/bin/holdpoint-kiosk "$tree/usr/bin/holdpoint-kiosk"
  install -m 644 "$tree/opt/holdpoint/share/holdpoint.desktop" "$tree/usr/share/applications/holdpoint.desktop"
  install -m 644 "$tree/opt/holdpoint/share/holdpoint.service" "$tree/usr/lib/systemd/user/holdpoint.service"
  install -m 644 "$tree/opt/holdpoint/share/holdpoint-session.desktop" "$tree/usr/share/xsessions/holdpoint.desktop"
  (cd "$tree" && find . -path ./DEBIAN -prune -o -type f -printf "%P\0" | sort -z | xargs -0 md5sum) \
    >"$tree/DEBIAN/md5sums"
  chown -R 0:0 "$tree"
  # gzip: xz would save a tenth of the size for seven times the build time.
  dpkg-deb --root-owner-group -Zgzip -z9 -b "$tree" "$out" >/dev/null
' _ "$tree" "$built" "$dist/$(basename "$built")" "$dist"
echo "Package: $dist/$(basename "$built") ($(du -h "$dist/$(basename "$built")" | cut -f1))" >&2
