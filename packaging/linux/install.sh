#!/usr/bin/env bash
# Install the Desk bundle for every user of this Linux machine (run as root):
#   sudo packaging/linux/install.sh [dist/desk] [branch.toml]
# - the bundle goes to /opt/desk (replaced on upgrade; call logs are per user, not here);
# - the branch config goes to the machine-wide config dir /etc/xdg/desk/branch.toml
#   (Desk's search order: --config, DESK_CONFIG, next to the program, this dir, the user's);
# - the menu entry and icon are installed and Desk is made the handler of tel: links;
# - the config is checked, visibly: a mistake stops the install with its file, line and key;
# - the config can hold the branch key and tokens, so it is root:desk 0640 (the group `desk`
#   is created if missing: add every account that runs Desk to it), or root-only 0600 where
#   no group can be made. DESK_INSTALL_ROOT (default: /) installs under another root (tests).
# Uninstall: packaging/linux/install.sh --uninstall (keeps every user's call log and logs).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="${DESK_INSTALL_ROOT:-}"
prefix="$root/opt/desk"
apps="$root/usr/share/applications"
icons="$root/usr/share/icons/hicolor/scalable/apps"
config_dir="$root/etc/xdg/desk"
group=desk

if [[ "${1:-}" == "--uninstall" ]]; then
  rm -rf "$prefix" "$apps/desk.desktop" "$icons/desk.svg"
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$apps" || true
  echo "Desk removed; $config_dir and every user's call log (~/.local/share/desk) were kept."
  exit 0
fi

bundle="${1:-$here/../../dist/desk}"
config="${2:-}"
[[ -x "$bundle/desk" ]] || { echo "install.sh: $bundle is not a built Desk bundle" >&2; exit 2; }
if [[ -n "$config" ]]; then
  # Check before touching anything: a broken config is refused here, not at 8 a.m.
  "$bundle/desk-cli" config check "$config" || status=$?
  if [[ "${status:-0}" == 2 ]]; then
    echo "install.sh: $config has a mistake (above); nothing was installed" >&2
    exit 2
  fi
fi
rm -rf "$prefix.new"
mkdir -p "$(dirname "$prefix")"
cp -a "$bundle" "$prefix.new"
rm -rf "$prefix"
mv "$prefix.new" "$prefix"
install -Dm644 "$here/desk.desktop" "$apps/desk.desktop"
install -Dm644 "$prefix/_internal/desk/resources/icons/desk.svg" "$icons/desk.svg"
if [[ -n "$config" ]]; then
  # Readable by root and the accounts that run Desk only, from the first byte: the file
  # is installed under a temporary name with its final owner and mode, then renamed.
  getent group "$group" >/dev/null || groupadd --system "$group" 2>/dev/null || true
  install -d -m 755 "$config_dir"
  if getent group "$group" >/dev/null; then
    owner=(-o root -g "$group" -m 640)
  else
    owner=(-o root -g root -m 600)
    echo "install.sh: no group '$group' could be made: the config is readable by root only" >&2
  fi
  install "${owner[@]}" "$config" "$config_dir/.branch.toml.new"
  mv -f "$config_dir/.branch.toml.new" "$config_dir/branch.toml"
  echo "Config: $config_dir/branch.toml ($(stat -c '%U:%G %a' "$config_dir/branch.toml")); \
add each account that runs Desk to the group: usermod -aG $group NAME"
fi
command -v update-desktop-database >/dev/null && update-desktop-database -q "$apps" || true
# tel: links open Desk for every user who has not chosen another handler.
if ! grep -qs "x-scheme-handler/tel=desk.desktop" "$apps/mimeapps.list"; then
  mkdir -p "$apps"
  { grep -qs '^\[Default Applications\]' "$apps/mimeapps.list" || echo "[Default Applications]"
    echo "x-scheme-handler/tel=desk.desktop"; } >> "$apps/mimeapps.list"
fi
echo "Desk installed in $prefix; the config in use:"
"$prefix/desk-cli" config check || true
