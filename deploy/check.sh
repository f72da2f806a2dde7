#!/usr/bin/env bash
# Renders the kustomize base and every overlay offline (kubectl kustomize, no cluster needed)
# and checks invariants of what each renders:
#   - every Deployment container has startup, readiness and liveness probes, readiness on
#     /q/health/ready, liveness on /q/health/live, startup on a /q/health/ path;
#   - every container has resource requests and limits, a read-only root filesystem, and the
#     pod runs as non-root;
#   - no Secret is rendered (credentials are referenced, never shipped);
#   - every ConfigMap that sets EVENTLENS_TOPIC_PARTITIONS sets the same count, and no Kafka
#     consumer (a Deployment annotated eventlens.io/consumes-topics) runs more consumers than
#     that count (replicas times EVENTLENS_<X>_CONCURRENCY from its ConfigMap <name>-config,
#     1 when unset): the extra consumers would sit idle.
# Exits non-zero on the first overlay that fails to render or breaks an invariant (all are
# reported). Skips, exit 0, when kubectl is not installed.
# The Maven module deployment-tests checks the base in more depth, and against
# docker-compose.yml, the Dockerfiles and the services' application.properties.
set -euo pipefail

deploy_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if ! command -v kubectl > /dev/null 2>&1; then
  echo "deploy/check.sh: kubectl not found, skipping the kustomize render check (install kubectl to run it)"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Reads one rendered manifest stream (kustomize prints two-space indentation, one key per
# line, keys sorted, documents separated by ---) and prints one line per broken invariant.
# A document is judged when it ends: its kind and name may come after its data.
check_invariants() {
  awk '
    function flush() {
      if (kind == "Deployment") {
        where = "Deployment " name
        if (images == 0) problem(where ": no container image")
        if (startup < images) problem(where ": a container has no startupProbe")
        if (readiness < images) problem(where ": a container has no readinessProbe")
        if (liveness < images) problem(where ": a container has no livenessProbe")
        if (requests < images) problem(where ": a container has no resources.requests")
        if (limits < images) problem(where ": a container has no resources.limits")
        if (readonly < images) problem(where ": a container has no readOnlyRootFilesystem: true")
        if (!nonroot) problem(where ": the pod does not set runAsNonRoot: true")
        if (consumer) { consumers[name] = replicas == "" ? 1 : replicas }
      }
      if (kind == "ConfigMap" && concurrency != "") consumersPerPod[name] = concurrency
      if (kind == "ConfigMap" && count != "") {
        if (partitions == "") partitions = count
        else if (partitions != count) problem("ConfigMap " name ": EVENTLENS_TOPIC_PARTITIONS " count ", another ConfigMap says " partitions)
      }
      if (kind == "Secret") problem("Secret " name ": manifests must reference credentials, not carry them")
      kind = ""; name = ""; top = ""; replicas = ""; probe = ""; count = ""; concurrency = ""
      images = startup = readiness = liveness = requests = limits = readonly = nonroot = consumer = 0
    }
    function problem(text) { print "  " text; failed = 1 }
    function value(line) { sub(/^[^:]*:[ ]*/, "", line); gsub(/"/, "", line); return line }

    /^---/ { flush(); next }
    /^[a-zA-Z]/ { top = $1; sub(/:.*/, "", top) }
    /^kind: / { kind = value($0) }
    top == "metadata" && /^  name: / { name = value($0) }
    top == "metadata" && /eventlens.io\/consumes-topics:/ { consumer = 1 }
    top == "spec" && /^  replicas: / { replicas = value($0) + 0 }
    /^ +image: / { images++ }
    /^ +startupProbe:/ { startup++; probe = "startup" }
    /^ +readinessProbe:/ { readiness++; probe = "readiness" }
    /^ +livenessProbe:/ { liveness++; probe = "liveness" }
    /^ +path: / && probe != "" {
      path = value($0)
      if (probe == "readiness" && path != "/q/health/ready") problem("Deployment " name ": readinessProbe path " path ", expected /q/health/ready")
      if (probe == "liveness" && path != "/q/health/live") problem("Deployment " name ": livenessProbe path " path ", expected /q/health/live")
      if (probe == "startup" && path !~ /^\/q\/health\//) problem("Deployment " name ": startupProbe path " path ", expected /q/health/...")
      probe = ""
    }
    /^ +requests:/ { requests++ }
    /^ +limits:/ { limits++ }
    /^ +readOnlyRootFilesystem: true/ { readonly++ }
    /^ +runAsNonRoot: true/ { nonroot = 1 }
    top == "data" && /^  EVENTLENS_TOPIC_PARTITIONS: / { count = value($0) + 0 }
    top == "data" && /^  EVENTLENS_[A-Z]+_CONCURRENCY: / { concurrency = value($0) + 0 }
    END {
      flush()
      if (partitions != "") {
        for (d in consumers) {
          perPod = (d "-config") in consumersPerPod ? consumersPerPod[d "-config"] : 1
          total = consumers[d] * perPod
          if (total > partitions) problem("Deployment " d ": " consumers[d] " replicas x " perPod " consumers each read a topic of " partitions " partitions; " (total - partitions) " would sit idle")
        }
      }
      exit failed
    }
  ' "$1"
}

status=0
for dir in "$deploy_dir/base" "$deploy_dir"/overlays/*/; do
  dir="${dir%/}"
  label="deploy/${dir#"$deploy_dir"/}"
  rendered="$work/$(basename "$dir").yaml"
  if ! kubectl kustomize "$dir" > "$rendered" 2> "$work/stderr"; then
    echo "FAIL $label: kubectl kustomize failed:"
    sed 's/^/  /' "$work/stderr"
    status=1
    continue
  fi
  if problems="$(check_invariants "$rendered")"; then
    kinds="$(grep '^kind: ' "$rendered" | sort | uniq -c | awk '{printf "%s%s %s", sep, $1, $3; sep=", "}')"
    echo "ok   $label: $kinds"
  else
    echo "FAIL $label:"
    echo "$problems"
    status=1
  fi
done

if [[ $status -ne 0 ]]; then
  echo "deploy/check.sh: the Kubernetes manifests are broken (see FAIL above)"
fi
exit $status
