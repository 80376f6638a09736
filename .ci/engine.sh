# Sourced by .ci/run: a private Docker engine for the image tests, and nothing else on the machine.
# dockerd listens on a unix socket in a temp folder, keeps its data, exec state and pidfile there, and touches
# no network setup (--iptables=false --ip-masq=false --bridge=none). The two test images are built offline
# FROM scratch with a static busybox, so no registry is contacted. Optional: when docker cannot be installed or
# started, engine_status says why, DOCKER_HOST stays unset, and the engine tests skip.

engine_dir=""
engine_pid=""
engine_status="not started"
engine_docker=""

stop_engine() {
  if [ -n "$engine_pid" ]; then
    kill "$engine_pid" 2>/dev/null || true
    for _ in $(seq 1 40); do
      kill -0 "$engine_pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -9 "$engine_pid" 2>/dev/null || true
    engine_pid=""
  fi
  if [ -n "$engine_dir" ]; then
    rm -rf "$engine_dir" 2>/dev/null || true
    engine_dir=""
  fi
}

install_engine() {
  command -v dockerd >/dev/null 2>&1 && command -v busybox >/dev/null 2>&1 && command -v docker >/dev/null 2>&1 && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo -n true 2>/dev/null || { engine_status="skipped: docker.io is not installed and apt-get needs root"; return 1; }
    sudo="sudo -n"
  fi
  command -v apt-get >/dev/null 2>&1 || { engine_status="skipped: no apt-get to install docker.io"; return 1; }
  # Without a policy-rc.d the package would start a system-wide dockerd on /var/run/docker.sock.
  local policy=/usr/sbin/policy-rc.d added_policy=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null && $sudo chmod +x "$policy" && added_policy=1
  fi
  local ok=0
  DEBIAN_FRONTEND=noninteractive timeout 900 $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 \
    && DEBIAN_FRONTEND=noninteractive timeout 900 $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker.io busybox-static >/dev/null 2>&1 \
    || ok=1
  [ -n "$added_policy" ] && $sudo rm -f "$policy"
  [ "$ok" -eq 0 ] || { engine_status="skipped: apt-get could not install docker.io and busybox-static"; return 1; }
}

start_engine() {
  install_engine || return 1
  if [ "$(id -u)" -ne 0 ]; then
    engine_status="skipped: dockerd needs root"
    return 1
  fi
  engine_docker=$(command -v /usr/bin/docker || command -v docker)
  engine_dir=$(mktemp -d /tmp/readyscan-engine.XXXXXX)
  dockerd --host "unix://$engine_dir/docker.sock" --data-root "$engine_dir/data" --exec-root "$engine_dir/exec" \
    --pidfile "$engine_dir/docker.pid" --iptables=false --ip-masq=false --bridge=none \
    </dev/null >"$engine_dir/dockerd.log" 2>&1 &
  engine_pid=$!
  local ready=""
  for _ in $(seq 1 60); do
    if [ -S "$engine_dir/docker.sock" ] && "$engine_docker" -H "unix://$engine_dir/docker.sock" version >/dev/null 2>&1; then
      ready=1
      break
    fi
    kill -0 "$engine_pid" 2>/dev/null || break
    sleep 0.5
  done
  if [ -z "$ready" ]; then
    engine_status="skipped: dockerd did not start: $(tail -n 1 "$engine_dir/dockerd.log" 2>/dev/null)"
    stop_engine
    return 1
  fi
  local context="$engine_dir/context" kind
  mkdir -p "$context" && cp "$(command -v busybox)" "$context/busybox"
  for kind in good bad; do
    if ! DOCKER_BUILDKIT=0 "$engine_docker" -H "unix://$engine_dir/docker.sock" build -q \
        -f ".ci/images/$kind.Dockerfile" -t "readyscan-fixture-$kind:test" "$context" >/dev/null 2>"$engine_dir/build-$kind.log"; then
      engine_status="skipped: building the $kind test image failed: $(tail -n 1 "$engine_dir/build-$kind.log")"
      stop_engine
      return 1
    fi
  done
  export DOCKER_HOST="unix://$engine_dir/docker.sock"
  engine_status="dockerd $("$engine_docker" version --format '{{.Server.Version}}' 2>/dev/null) (pid $engine_pid) at $DOCKER_HOST"
}
