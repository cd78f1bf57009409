#!/usr/bin/env bash
# Offline build of a project's container image archive with the .NET SDK (no Docker), on a runnable base image:
#
#   infra/image-archive.sh --project DIR --output FILE.tar [-- extra dotnet publish arguments]
#
# The SDK always fetches its base image from a registry, and this machine cannot reach mcr.microsoft.com. So the
# script builds its own base image in the shape of mcr.microsoft.com/dotnet/aspnet:10.0 (Debian 12 bookworm):
#   layer 1: a minimal Debian root file system (debootstrap --variant=minbase from Debian's package registry) with the
#            packages .NET needs (those of Microsoft's runtime-deps image) and the non-root user 'app' (uid 1654);
#   layer 2: the .NET and ASP.NET Core runtimes copied from this machine's SDK install into /usr/share/dotnet, and
#            /usr/bin/dotnet, a link to /usr/share/dotnet/dotnet (as in Microsoft's images);
# and an image config with Microsoft's environment (APP_UID, ASPNETCORE_HTTP_PORTS, DOTNET_RUNNING_IN_CONTAINER).
# Both layers are cached under NEWSALERTS_IMAGE_CACHE (default: infra/local/.data/image-base, git-ignored), so only
# the first run pays for debootstrap. It then starts Debian's docker-registry on 127.0.0.1 (stopped by its PID on exit),
# pushes the base image to it, and publishes with ContainerBaseImage pointing there and ContainerArchiveOutputPath set.
# infra/image-run.sh runs the resulting archive without a container engine. deploy.sh builds the real image on the
# SDK's default base and pushes it to Azure Container Registry.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${NEWSALERTS_IMAGE_CACHE:-${here}/local/.data/image-base}"
mirror="${NEWSALERTS_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
suite="bookworm"
# Microsoft's runtime-deps packages for Debian 12 (libc6 comes with minbase), plus zlib1g as in its older images.
packages=(ca-certificates libc6 libgcc-s1 libicu72 libssl3 libstdc++6 tzdata zlib1g)
app_uid=1654

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
for tool in docker-registry curl dotnet sha256sum tar gzip flock dpkg; do
  command -v "${tool}" >/dev/null 2>&1 || {
    echo "image-archive: ${tool} is not installed (docker-registry: apt-get install -y docker-registry)." >&2
    exit 1
  }
done
[[ "$(dpkg --print-architecture)" == "amd64" ]] || { echo "image-archive: only amd64 hosts are supported." >&2; exit 1; }

work="$(mktemp -d)"
registry_pid=""
cleanup() {
  if [[ -n "${registry_pid}" ]]; then
    kill "${registry_pid}" 2>/dev/null || true
    wait "${registry_pid}" 2>/dev/null || true
  fi
  rm -rf --one-file-system "${work}"
}
trap cleanup EXIT

digest() { echo "sha256:$(sha256sum "$1" | cut -d' ' -f1)"; }

# Packs DIR as a layer: CACHED.tar.gz plus CACHED.diffid (the digest of the uncompressed tar), written atomically.
pack_layer() {
  local dir="$1" cached="$2"
  shift 2
  tar --sort=name --numeric-owner "$@" -C "${dir}" -cf "${work}/pack.tar" .
  digest "${work}/pack.tar" >"${cached}.diffid.tmp"
  gzip -n -1 -c "${work}/pack.tar" >"${cached}.tar.gz.tmp"
  rm -f "${work}/pack.tar"
  mv "${cached}.diffid.tmp" "${cached}.diffid"
  mv "${cached}.tar.gz.tmp" "${cached}.tar.gz"
}

# Layer 1: Debian minbase with the .NET dependencies and the user 'app'.
build_debian_layer() {
  local root="${work}/debian"
  command -v debootstrap >/dev/null 2>&1 || {
    echo "image-archive: debootstrap is not installed (apt-get install -y debootstrap)." >&2
    exit 1
  }
  echo "image-archive: building the Debian ${suite} base layer with debootstrap (first run only)..."
  debootstrap --variant=minbase --include="$(IFS=,; echo "${packages[*]}")" "${suite}" "${root}" "${mirror}" \
    >"${work}/debootstrap.log" 2>&1 || { tail -n 30 "${work}/debootstrap.log" >&2; exit 1; }
  chroot "${root}" groupadd --gid "${app_uid}" app
  chroot "${root}" useradd -l --uid "${app_uid}" --gid "${app_uid}" --create-home app
  # Slim like debian:bookworm-slim: no package lists, caches, logs, manuals or docs (copyright notices stay).
  cat >"${root}/etc/dpkg/dpkg.cfg.d/slim" <<'DPKG'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/lintian/overrides/*
path-exclude /usr/share/locale/*
path-exclude /usr/share/man/*
DPKG
  find "${root}/usr/share/doc" -mindepth 1 -not -type d -not -name copyright -delete
  find "${root}/usr/share/doc" -mindepth 1 -type d -empty -delete
  rm -rf --one-file-system "${root:?}"/usr/share/{groff,info,linda,locale,man}/* "${root:?}"/var/lib/apt/lists/* \
    "${root:?}"/var/cache/apt/*.bin "${root:?}"/var/cache/apt/archives/*.deb "${root:?}"/var/cache/debconf/*-old \
    "${root:?}"/var/log/* "${root:?}"/dev/* "${root:?}"/proc/* "${root:?}"/sys/* "${root:?}"/tmp/*
  : >"${root}/etc/resolv.conf"
  echo localhost >"${root}/etc/hostname"
  pack_layer "${root}" "$1"
  rm -rf --one-file-system "${root}"
}

# Layer 2: the .NET host and the shared runtimes of this machine's SDK install.
dotnet_root="$(dirname "$(readlink -f "$(command -v dotnet)")")"
newest() { find "$1" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort -V | tail -n 1; }
netcore="$(newest "${dotnet_root}/shared/Microsoft.NETCore.App")"
aspnet="$(newest "${dotnet_root}/shared/Microsoft.AspNetCore.App")"
fxr="$(newest "${dotnet_root}/host/fxr")"
[[ -n "${netcore}" && -n "${aspnet}" && -n "${fxr}" ]] || { echo "image-archive: no .NET runtime under ${dotnet_root}." >&2; exit 1; }
build_dotnet_layer() {
  local root="${work}/dotnet" target
  target="${root}/usr/share/dotnet"
  mkdir -p "${target}/host/fxr" "${target}/shared/Microsoft.NETCore.App" "${target}/shared/Microsoft.AspNetCore.App" "${root}/usr/bin"
  cp -a "${dotnet_root}/dotnet" "${target}/"
  cp -a "${dotnet_root}"/*.txt "${target}/" 2>/dev/null || true
  cp -a "${dotnet_root}/host/fxr/${fxr}" "${target}/host/fxr/"
  cp -a "${dotnet_root}/shared/Microsoft.NETCore.App/${netcore}" "${target}/shared/Microsoft.NETCore.App/"
  cp -a "${dotnet_root}/shared/Microsoft.AspNetCore.App/${aspnet}" "${target}/shared/Microsoft.AspNetCore.App/"
  ln -s /usr/share/dotnet/dotnet "${root}/usr/bin/dotnet"
  pack_layer "${root}" "$1" --owner=0 --group=0
  rm -rf "${root}"
}

mkdir -p "${cache}"
cache="$(cd "${cache}" && pwd)"
key="$(printf '%s\n' "${suite}" "${mirror}" "${app_uid}" "${packages[@]}" | sha256sum | cut -c1-12)"
debian_layer="${cache}/debian-${suite}-${key}"
dotnet_layer="${cache}/dotnet-${netcore}-aspnetcore-${aspnet}-fxr-${fxr}"
# One builder at a time (tests and CI may run this script concurrently).
exec 9>"${cache}/.lock"
flock 9
[[ -s "${debian_layer}.tar.gz" && -s "${debian_layer}.diffid" ]] || build_debian_layer "${debian_layer}"
[[ -s "${dotnet_layer}.tar.gz" && -s "${dotnet_layer}.diffid" ]] || build_dotnet_layer "${dotnet_layer}"
flock -u 9
exec 9>&-

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

# The base image: the two cached layers, an image config, a Docker v2 manifest.
tag="${suite}-dotnet-${aspnet}"
printf '{"architecture":"amd64","os":"linux","config":{"User":"","Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","APP_UID=%s","ASPNETCORE_HTTP_PORTS=8080","DOTNET_RUNNING_IN_CONTAINER=true","DOTNET_VERSION=%s","ASPNET_VERSION=%s"],"WorkingDir":"/"},"rootfs":{"type":"layers","diff_ids":["%s","%s"]},"history":[{"created_by":"debootstrap --variant=minbase %s (infra/image-archive.sh)"},{"created_by":".NET %s and ASP.NET Core %s runtimes (infra/image-archive.sh)"}]}' \
  "${app_uid}" "${netcore}" "${aspnet}" "$(cat "${debian_layer}.diffid")" "$(cat "${dotnet_layer}.diffid")" \
  "${suite}" "${netcore}" "${aspnet}" >"${work}/config.json"
push_blob() {
  local location
  location="$(curl --silent --fail --dump-header - --output /dev/null --request POST "${registry}/v2/newsalerts-base/blobs/uploads/" |
    tr -d '\r' | sed -n 's/^[Ll]ocation: //p')"
  [[ "${location}" == http* ]] || location="${registry}${location}"
  curl --silent --fail --output /dev/null --request PUT --header 'Content-Type: application/octet-stream' \
    --upload-file "$1" "${location}&digest=$(digest "$1")"
}
push_blob "${debian_layer}.tar.gz"
push_blob "${dotnet_layer}.tar.gz"
push_blob "${work}/config.json"
layer_json() { printf '{"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","size":%s,"digest":"%s"}' "$(stat -c%s "$1")" "$(digest "$1")"; }
printf '{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json","config":{"mediaType":"application/vnd.docker.container.image.v1+json","size":%s,"digest":"%s"},"layers":[%s,%s]}' \
  "$(stat -c%s "${work}/config.json")" "$(digest "${work}/config.json")" \
  "$(layer_json "${debian_layer}.tar.gz")" "$(layer_json "${dotnet_layer}.tar.gz")" >"${work}/manifest.json"
curl --silent --fail --output /dev/null --request PUT \
  --header 'Content-Type: application/vnd.docker.distribution.manifest.v2+json' \
  --data-binary "@${work}/manifest.json" "${registry}/v2/newsalerts-base/manifests/${tag}"

mkdir -p "$(dirname "${output}")"
dotnet publish "${project}" -c Release -t:PublishContainer \
  -p:ContainerBaseImage="localhost:${port}/newsalerts-base:${tag}" \
  -p:ContainerArchiveOutputPath="${output}" "${extra[@]}"
[[ -s "${output}" ]] || { echo "image-archive: no archive at ${output}." >&2; exit 1; }
echo "image archive: ${output}"
