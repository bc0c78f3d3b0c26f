#!/usr/bin/env bash
# Proves the README's two commands on fresh machines: clean root file systems made with
# Debian's own mmdebstrap (variant minbase: no Python, no compiler, nothing of ours), the
# committed tree copied in, then inside a chroot
#   0. (sudo-user runs) python3 alone, and a failed `python3 -m venv .venv` left behind
#   1. START_SMOKE_SECONDS=... bash scripts/start.sh   (set-up from nothing, --self-test, the
#      kiosk under Xvfb until its first screen is up; see scripts/start.sh)
#   2. bash scripts/setup.sh again                      (must install nothing: it settles)
#   3. bash scripts/test.sh                             (ruff, mypy, the whole pytest suite)
# as root or as a sudo user. Step 3 runs in a network namespace of its own with only the
# loopback interface up: the chroot's pcscd, vpcd ports and test servers never meet the
# host's, and the suite is shown to need no network.
#
#   scripts/prove_fresh_roots.sh                        bookworm:root trixie:user
#   scripts/prove_fresh_roots.sh trixie:root bookworm:user:start   (:start = no test.sh)
#   scripts/prove_fresh_roots.sh noble:root:start       (Ubuntu 24.04, from Ubuntu's archive)
#   PROVE_TESTS="tests/camera tests/flow/test_camera_pcsc.py" scripts/prove_fresh_roots.sh trixie:root
#                          (step 3 runs only these pytest paths; ruff and mypy still run)
#   PROVE_WORK=/var/tmp/roots PROVE_REV=HEAD MIRROR=http://deb.debian.org/debian
#   UBUNTU_MIRROR=http://archive.ubuntu.com/ubuntu UBUNTU_KEYRING=<ubuntu-archive-keyring.gpg>
#
# Needs root, mmdebstrap (apt-get install mmdebstrap), unshare and ip on the host, and for
# Ubuntu suites Ubuntu's archive key (apt-get install ubuntu-keyring). Each run
# is logged in $PROVE_WORK/logs/; one line per run is added to $PROVE_WORK/results.txt.
# Several runs go in parallel, their test suites one after the other. Everything mounted is
# unmounted and every process left in a chroot (pcscd) is ended, whatever happens.
set -euo pipefail

if [ "$(id -u)" != 0 ]; then
  echo "prove: run as root (chroot, mount)" >&2
  exit 2
fi
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${PROVE_WORK:-/var/tmp/kiosk-fresh-roots}
# One commit for every run and its result line (HEAD may move while the runs go on).
rev=$(git -C "$repo" rev-parse --verify "${PROVE_REV:-HEAD}^{commit}")
mirror=${MIRROR:-http://deb.debian.org/debian}
ubuntu_mirror=${UBUNTU_MIRROR:-http://archive.ubuntu.com/ubuntu}
ubuntu_keyring=${UBUNTU_KEYRING:-/usr/share/keyrings/ubuntu-archive-keyring.gpg}
smoke_seconds=${PROVE_SMOKE_SECONDS:-180}
tests=${PROVE_TESTS:-} # pytest paths for step 3 (words of [A-Za-z0-9_./:-] only); "" = all
if [[ ! "$tests" =~ ^[A-Za-z0-9_./:\ -]*$ ]]; then
  echo "prove: PROVE_TESTS holds other characters than paths: $tests" >&2
  exit 2
fi
runs=("$@")
if [ ${#runs[@]} -eq 0 ]; then runs=(bookworm:root trixie:user); fi
mkdir -p "$work/logs"

base_tar() { # SUITE -> a cached minbase tarball (sudo added for the sudo-user runs)
  local suite=$1 tar="$work/$1-base.tar" source=$mirror extra=()
  case "$suite" in
    jammy | noble | oracular | plucky | questing)
      # Ubuntu: its own archive and key; pcscd, vsmartcard-vpcd and espeak-ng are in universe
      if [ ! -f "$ubuntu_keyring" ]; then
        echo "prove: $ubuntu_keyring missing (apt-get install ubuntu-keyring)" >&2
        return 1
      fi
      # (and apt, whose priority there is "important": minbase would leave it out)
      source=$ubuntu_mirror
      extra=(--components=main,universe "--keyring=$ubuntu_keyring" --include=apt)
      ;;
  esac
  if [ ! -f "$tar" ]; then
    mmdebstrap --variant=minbase --format=tar --include=sudo "${extra[@]}" "$suite" "$tar.part" \
      "$source" >"$work/logs/$suite-mmdebstrap.log" 2>&1
    mv "$tar.part" "$tar"
  fi
  echo "$tar"
}

cleanup_root() { # ROOT: end the processes running inside it, then unmount all below it
  local root=$1 pid link
  for pid in /proc/[0-9]*; do
    link=$(readlink "$pid/root" 2>/dev/null || true)
    if [ "$link" = "$root" ]; then kill -TERM "${pid#/proc/}" 2>/dev/null || true; fi
  done
  for pid in /proc/[0-9]*; do
    link=$(readlink "$pid/root" 2>/dev/null || true)
    if [ "$link" = "$root" ]; then kill -KILL "${pid#/proc/}" 2>/dev/null || true; fi
  done
  local target
  for target in $(findmnt -rn -o TARGET | grep -F "$root/" | sort -r || true); do
    umount -l "$target" 2>/dev/null || true
  done
}

prove() { # SUITE WHO [start]  (start: steps 0-2 only)
  local suite=$1 who=$2 only=${3:-} name="$1-$2"
  local root="$work/$name" log="$work/logs/$name.log" tar
  tar=$(base_tar "$suite")
  cleanup_root "$root"
  rm -rf "$root"
  mkdir -p "$root"
  tar -C "$root" -xf "$tar"
  trap 'cleanup_root "'"$root"'"' EXIT
  mount -t proc proc "$root/proc"
  mount --rbind /dev "$root/dev"
  mount --make-rslave "$root/dev"
  mount -t sysfs -o ro sysfs "$root/sys"
  mount -t tmpfs -o mode=755 tmpfs "$root/run"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  # Every installed system has /etc/hosts (Debian's installer, cloud images and containers
  # write it); Debian 12's minbase has none, and without it "localhost" does not resolve in
  # the test's network namespace (Selenium reaches chromedriver by that name).
  if [ ! -e "$root/etc/hosts" ]; then
    printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"
  fi
  # Where this host reaches PyPI through a TLS-inspecting proxy, its local CA certificates
  # (none on an ordinary machine) go along: the ca-certificates package that setup.sh
  # installs adds them to the system bundle, and pip is pointed at that bundle. Nothing else
  # of the host (no pip index, no wheel cache) is used.
  local trust=()
  if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    mkdir -p "$root/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
    trust=("PIP_CERT=/etc/ssl/certs/ca-certificates.crt")
  fi

  local home=/root user=root
  if [ "$who" = user ]; then
    user=kiosk
    home=/home/kiosk
    chroot "$root" useradd --create-home --shell /bin/bash --groups sudo kiosk
    echo 'kiosk ALL=(ALL:ALL) NOPASSWD: ALL' >"$root/etc/sudoers.d/kiosk"
    chmod 440 "$root/etc/sudoers.d/kiosk"
  fi
  # The committed tree, and shared/ beside it as CI has it (the face photos).
  mkdir -p "$root$home/src/main"
  git -C "$repo" archive "$rev" | tar -C "$root$home/src/main" -xf -
  if [ -d "$repo/../shared" ]; then cp -a "$repo/../shared" "$root$home/src/shared"; fi
  chroot "$root" chown -R "$user:" "$home/src"

  local in_root=(chroot --userspec="$user:$user" "$root" /usr/bin/env -i "HOME=$home"
    "USER=$user" "LOGNAME=$user" "PATH=/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin"
    "LANG=C.UTF-8" "TERM=dumb" CI=true "${trust[@]}" /bin/bash -c)
  if [ "$who" = user ]; then
    in_root=(chroot --userspec="$user:$user" --groups=sudo "${in_root[@]:2}")
  fi
  local start_rc=0 again_rc=0 test_rc=0 t0 t1 t2 t3 settled=no half_made=no
  {
    echo "== $name: $(git -C "$repo" rev-parse --short "$rev"), $(date -u +%FT%TZ)"
    if [ "$who" = user ]; then
      # The half-made .venv of issue 12: python3 without python3-venv, `python3 -m venv`
      # fails and leaves a .venv without pip. start.sh must make it again.
      "${in_root[@]}" "sudo env DEBIAN_FRONTEND=noninteractive apt-get -qq update &&
        sudo env DEBIAN_FRONTEND=noninteractive apt-get -qq install -y --no-install-recommends python3 &&
        cd ~/src/main && ! python3 -m venv .venv && test -e .venv" && half_made=yes
      echo "== $name: a failed python3 -m venv left .venv: $half_made"
    fi
    t0=$(date +%s)
    "${in_root[@]}" "cd ~/src/main && START_SMOKE_SECONDS=$smoke_seconds bash scripts/start.sh" \
      || start_rc=$?
    t1=$(date +%s)
    echo "== $name: start.sh exit $start_rc in $((t1 - t0)) s"
    "${in_root[@]}" "cd ~/src/main && bash scripts/setup.sh" >"$work/logs/$name-again.log" 2>&1 \
      || again_rc=$?
    cat "$work/logs/$name-again.log"
    if [ "$again_rc" = 0 ] && ! grep -q -e 'installing system packages' -e 'incomplete' \
      "$work/logs/$name-again.log"; then settled=yes; fi
    t2=$(date +%s)
    echo "== $name: setup.sh again exit $again_rc, settled: $settled, $((t2 - t1)) s"
  } >"$log" 2>&1
  if [ "$only" = start ]; then
    t2=$(date +%s) t3=$t2 test_rc=skipped
  else {
    flock 9 # one test suite at a time: the machine has 2 cores
    {
      t2=$(date +%s)
      # pcscd as the system would run it (systemd's socket), before the tests: a sudo
      # user's tests cannot start it as root. A chroot has no polkitd, and Debian 13's pcscd
      # (pcsc-lite 2.x) then refuses every client, root too, so polkit is off there: what
      # root, a user in an active local session, or one a polkit rule names, is given.
      local pcscd_first="chroot '$root' /usr/sbin/pcscd"
      if chroot "$root" /usr/sbin/pcscd --help 2>&1 | grep -q -e --disable-polkit; then
        pcscd_first+=" --disable-polkit"
      fi
      pcscd_first+=" && "
      # shellcheck disable=SC2016
      unshare --net /bin/bash -c 'ip link set lo up && '"$pcscd_first"'"$@"' _ \
        "${in_root[@]}" "cd ~/src/main && bash scripts/test.sh -p no:cacheprovider $tests" \
        || test_rc=$?
      t3=$(date +%s)
      echo "== $name: test.sh exit $test_rc in $((t3 - t2)) s"
    } >>"$log" 2>&1
  } 9>"$work/test.lock"; fi
  local summary
  summary=$(grep -E '^=+ .*(passed|failed|error).* in [0-9.]+s' "$log" | tail -n 1 || true)
  echo "$(date -u +%FT%TZ) $name rev=$(git -C "$repo" rev-parse --short "$rev")" \
    "half-made-venv-first=$half_made start.sh=$start_rc ($((t1 - t0)) s) setup-again=$again_rc settled=$settled" \
    "test.sh=$test_rc ($((t3 - t2)) s) ${summary:-no pytest summary}" | tee -a "$work/results.txt"
  [ "$start_rc" = 0 ] && [ "$settled" = yes ] && { [ "$test_rc" = 0 ] || [ "$only" = start ]; }
}

pids=()
for run in "${runs[@]}"; do
  IFS=: read -r suite who only <<<"$run"
  prove "$suite" "$who" "$only" &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
exit $status
