#!/usr/bin/env bash
# Installs the Debian packages the test suite needs beyond Java and Maven: a virtual display, Japanese
# fonts (so screenshots and PDFs show real glyphs), LibreOffice (documents are converted in a test) and
# poppler (PDF pages to PNG), unzip (the release build test unpacks the portable archive), a session bus and GNOME
# Keyring (the server panel's OS credential store is tested against a real Secret Service in a private bus). The test
# lab's servers are installed by testlab/start.sh itself.
set -euo pipefail

packages=(xvfb xauth x11-utils fonts-noto-cjk fonts-ipafont libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils unzip
  dbus-daemon gnome-keyring)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing packages: ${missing[*]}. Run as root or install them: apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q -o DPkg::Lock::Timeout=600
apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=600 "${missing[@]}"
