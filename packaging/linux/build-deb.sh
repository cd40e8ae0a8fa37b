#!/usr/bin/env bash
# Turn the PyInstaller bundle (packaging/build.sh) into a Debian package:
#   bash packaging/linux/build-deb.sh [dist/desk]          -> dist/desk_<version>_amd64.deb
#   VERSION=0.0.9 OUT=/tmp bash packaging/linux/build-deb.sh   (another version, elsewhere)
# The version comes from pyproject.toml; the bundle must report the same one (a stale bundle
# is refused) unless VERSION is given. What goes where:
#   /opt/desk/                       the bundle (replaced on upgrade)
#   /usr/bin/desk, /usr/bin/desk-cli links into it
#   /etc/xdg/desk/branch.toml        the machine-wide config, a conffile (kept on upgrade and
#                                    remove, deleted on purge), root:desk 0640: it may hold the
#                                    branch's LAN key
#   /var/lib/desk/                   the shared log folder, root:desk 2770 (made by postinst,
#                                    kept on purge: users' data)
#   the menu entry, the icon, Desk as a tel: handler
# Maintainer scripts: packaging/linux/deb/. No fakeroot: dpkg-deb --root-owner-group.
set -euo pipefail
umask 022
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bundle="$(cd "${1:-$root/dist/desk}" 2>/dev/null && pwd)" || {
  echo "build-deb.sh: ${1:-$root/dist/desk} does not exist; run packaging/build.sh first" >&2; exit 2; }
out="${OUT:-$root/dist}"
[[ -x "$bundle/desk" && -e "$bundle/desk-cli" ]] || {
  echo "build-deb.sh: $bundle is not a built Desk bundle (no desk, desk-cli)" >&2; exit 2; }
command -v dpkg-deb >/dev/null || { echo "build-deb.sh: dpkg-deb is missing" >&2; exit 2; }

# [project] version in pyproject.toml (a static string; Debian versions start with a digit).
project_version="$(awk -F'"' '/^\[/ {p = ($0 == "[project]")} p && /^version *=/ {print $2; exit}' \
  "$root/pyproject.toml")"
version="${VERSION:-$project_version}"
[[ "$version" =~ ^[0-9][A-Za-z0-9.+~-]*$ ]] || {
  echo "build-deb.sh: '$version' is not a package version (pyproject.toml [project] version)" >&2
  exit 2; }
export QT_QPA_PLATFORM=offscreen
if [[ -z "${VERSION:-}" ]]; then
  said="$("$bundle/desk-cli" --version)"
  said="${said%%$'\n'*}"  # desk 0.1.0, then Qt's and Python's versions
  [[ "$said" == "desk $version" ]] || {
    echo "build-deb.sh: the bundle says '$said', pyproject.toml says $version:" \
         "rebuild it (packaging/build.sh)" >&2; exit 2; }
fi
arch="${ARCH:-$(dpkg --print-architecture 2>/dev/null || echo amd64)}"
# PyInstaller's promise: the bundle runs on the glibc it was built with, or newer.
glibc="$(ldd --version | awk 'NR == 1 {print $NF}')"

stage="$(mktemp -d "${TMPDIR:-/tmp}/desk-deb.XXXXXX")"
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/etc/xdg/desk" \
  "$stage/usr/share/applications" "$stage/usr/share/icons/hicolor/scalable/apps" \
  "$stage/usr/share/doc/desk"
chmod 0755 "$stage"  # mktemp's 0700 would become the package's "./"
cp -a "$bundle" "$stage/opt/desk"  # -a: desk-cli is a link to desk
chmod -R u+rwX,go+rX,go-w "$stage/opt/desk"  # readable by every account whatever the build's umask
ln -s /opt/desk/desk "$stage/usr/bin/desk"
ln -s /opt/desk/desk-cli "$stage/usr/bin/desk-cli"
install -m644 "$here/desk.desktop" "$stage/usr/share/applications/desk.desktop"
install -m644 "$bundle/_internal/desk/resources/icons/desk.svg" \
  "$stage/usr/share/icons/hicolor/scalable/apps/desk.svg"

# The conffile: the program's own commented template (every key at its default), with a
# header saying who may read it. 0640 already in the package: never world-readable, even
# between unpacking and postinst giving it to group desk.
config="$stage/etc/xdg/desk/branch.toml"
HOME="$stage/home" "$bundle/desk-cli" config init "$stage/template.toml" >/dev/null
{ echo "# The machine-wide Desk config (package desk): root:desk 0640, as it may hold the"
  echo "# branch's LAN key. Receptionists' accounts join group desk to read it:"
  echo "#   sudo adduser ANNA desk"
  echo "# Kept on upgrade and on 'apt remove'; deleted by 'apt purge'."
  # config init suggests a fresh LAN key: a package must not ship one key to every branch,
  # and a conffile that changes with each build would stop every upgrade at dpkg's question.
  sed 's|^# key = ".*"$|# key = "<paste the output of: desk-cli lan keygen>"|' "$stage/template.toml"
} > "$config"
grep -q 'desk-cli lan keygen>' "$config" || {
  echo "build-deb.sh: the config template's LAN key line has changed; update the sed above" >&2
  exit 2; }
rm -rf "$stage/template.toml" "$stage/home"
chmod 0640 "$config"
echo /etc/xdg/desk/branch.toml > "$stage/DEBIAN/conffiles"

for script in postinst prerm postrm; do
  install -m755 "$here/deb/$script" "$stage/DEBIAN/$script"
done
install -m644 "$here/deb/copyright" "$stage/usr/share/doc/desk/copyright"

size_kb="$(du -sk --exclude=DEBIAN "$stage" | cut -f1)"
cat > "$stage/DEBIAN/control" <<CONTROL
Package: desk
Version: $version
Architecture: $arch
Maintainer: Desk <desk@localhost>
Installed-Size: $size_kb
Section: misc
Priority: optional
Depends: libc6 (>= $glibc), libgl1, libegl1, libfontconfig1, libfreetype6, libdbus-1-3,
 libglib2.0-0t64 | libglib2.0-0, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0,
 libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0,
 libxcb-shape0
Recommends: fonts-noto-core, libwayland-client0, desktop-file-utils
Description: front-desk console for receptionists
 Desk takes a call through the four etiquette stages, keeps the callbacks and the
 caller's history, and raises a one-click security alarm to the other desks.
 .
 The program is the PyInstaller bundle of Desk in /opt/desk; the machine-wide
 config is /etc/xdg/desk/branch.toml (group desk) and the shared call-log folder
 /var/lib/desk.
CONTROL

mkdir -p "$out"
deb="$out/desk_${version}_${arch}.deb"
dpkg-deb --build --root-owner-group ${DEB_COMPRESSION:+-Z"$DEB_COMPRESSION"} "$stage" "$deb" >/dev/null
echo "built $deb ($(( $(stat -c %s "$deb") / 1048576 )) MB, installs $(( size_kb / 1024 )) MB)"
