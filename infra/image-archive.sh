#!/usr/bin/env bash
# Offline check that a project publishes as a container image archive with the .NET SDK (no Docker):
#
#   infra/image-archive.sh --project DIR --output FILE.tar.gz [-- extra dotnet publish arguments]
#
# The SDK always fetches its base image from a registry, and this machine cannot reach mcr.microsoft.com. So the
# script starts Debian's docker-registry on 127.0.0.1 (stopped by its PID on exit), pushes a stand-in base image to
# it (one small layer: /etc/passwd and /app; no .NET runtime, so the archive proves the build, not that it runs),
# and publishes with ContainerBaseImage pointing there and ContainerArchiveOutputPath set. deploy.sh builds the real
# image on the SDK's default base and pushes it to Azure Container Registry.
set -euo pipefail

project=""
output=""
extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --project) project="${2:-}"; shift 2 ;;
    --output) output="${2:-}"; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    *) echo "image-archive: unknown argument: $1" >&2; exit 1 ;;
  esac
done
[[ -n "${project}" && -n "${output}" ]] || { echo "image-archive: --project and --output are required." >&2; exit 1; }
for tool in docker-registry curl dotnet sha256sum tar gzip; do
  command -v "${tool}" >/dev/null 2>&1 || {
    echo "image-archive: ${tool} is not installed (docker-registry: apt-get install -y docker-registry)." >&2
    exit 1
  }
done

work="$(mktemp -d)"
registry_pid=""
cleanup() {
  if [[ -n "${registry_pid}" ]]; then
    kill "${registry_pid}" 2>/dev/null || true
    wait "${registry_pid}" 2>/dev/null || true
  fi
  rm -rf "${work}"
}
trap cleanup EXIT

# A free loopback port: one nothing answers on.
port=""
for _ in $(seq 1 50); do
  candidate=$((20000 + RANDOM % 20000))
  if ! (: <"/dev/tcp/127.0.0.1/${candidate}") 2>/dev/null; then
    port="${candidate}"
    break
  fi
done
[[ -n "${port}" ]] || { echo "image-archive: no free port found." >&2; exit 1; }
registry="http://127.0.0.1:${port}"

mkdir -p "${work}/data"
cat >"${work}/config.yml" <<YAML
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: ${work}/data
http:
  addr: 127.0.0.1:${port}
YAML
docker-registry serve "${work}/config.yml" >"${work}/registry.log" 2>&1 &
registry_pid=$!
for _ in $(seq 1 100); do
  curl --silent --fail --output /dev/null "${registry}/v2/" && break
  kill -0 "${registry_pid}" 2>/dev/null || { cat "${work}/registry.log" >&2; exit 1; }
  sleep 0.1
done
curl --silent --fail --output /dev/null "${registry}/v2/" || { echo "image-archive: the local registry did not start." >&2; exit 1; }

# The stand-in base image: one layer, an image config, a Docker v2 manifest.
mkdir -p "${work}/rootfs/etc" "${work}/rootfs/app"
echo "app:x:1654:1654:app:/app:/sbin/nologin" >"${work}/rootfs/etc/passwd"
tar --sort=name --mtime=@0 --owner=0 --group=0 -C "${work}/rootfs" -cf "${work}/layer.tar" .
gzip -n -c "${work}/layer.tar" >"${work}/layer.tar.gz"
digest() { echo "sha256:$(sha256sum "$1" | cut -d' ' -f1)"; }
printf '{"architecture":"amd64","os":"linux","config":{"Env":["PATH=/usr/local/bin:/usr/bin:/bin"],"WorkingDir":"/app"},"rootfs":{"type":"layers","diff_ids":["%s"]}}' \
  "$(digest "${work}/layer.tar")" >"${work}/config.json"
push_blob() {
  local location
  location="$(curl --silent --fail --dump-header - --output /dev/null --request POST "${registry}/v2/newsalerts-base/blobs/uploads/" |
    tr -d '\r' | sed -n 's/^[Ll]ocation: //p')"
  [[ "${location}" == http* ]] || location="${registry}${location}"
  curl --silent --fail --output /dev/null --request PUT --header 'Content-Type: application/octet-stream' \
    --data-binary "@$1" "${location}&digest=$(digest "$1")"
}
push_blob "${work}/layer.tar.gz"
push_blob "${work}/config.json"
printf '{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json","config":{"mediaType":"application/vnd.docker.container.image.v1+json","size":%s,"digest":"%s"},"layers":[{"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","size":%s,"digest":"%s"}]}' \
  "$(stat -c%s "${work}/config.json")" "$(digest "${work}/config.json")" \
  "$(stat -c%s "${work}/layer.tar.gz")" "$(digest "${work}/layer.tar.gz")" >"${work}/manifest.json"
curl --silent --fail --output /dev/null --request PUT \
  --header 'Content-Type: application/vnd.docker.distribution.manifest.v2+json' \
  --data-binary "@${work}/manifest.json" "${registry}/v2/newsalerts-base/manifests/stand-in"

mkdir -p "$(dirname "${output}")"
dotnet publish "${project}" -c Release -t:PublishContainer \
  -p:ContainerBaseImage="localhost:${port}/newsalerts-base:stand-in" \
  -p:ContainerArchiveOutputPath="${output}" "${extra[@]}"
[[ -s "${output}" ]] || { echo "image-archive: no archive at ${output}." >&2; exit 1; }
echo "image archive: ${output}"
