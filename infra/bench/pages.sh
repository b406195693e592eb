#!/usr/bin/env bash
# Benchmark (issue 15, light pages): bytes and time of the first and the repeat visit of the main pages, as a browser
# with an empty cache and then with what it kept would fetch them over HTTP/1.1 from this server.
#   infra/bench/pages.sh                 starts the launcher (demo provinces, no dossiers) and measures
#   BENCH_URL=http://host:port infra/bench/pages.sh   measures an already running server (e.g. an older build)
# First visit: the page, then every script and style sheet it names (/jakarta.faces.resource/..., /resources/...),
# one after the other, with Accept-Encoding: gzip. Repeat visit: the page again; a resource whose Cache-Control
# max-age has not run out is taken from the cache (0 bytes, no request); any other is asked again with
# If-None-Match / If-Modified-Since (a 304 is counted as its headers). Bytes are those on the wire (headers + body),
# times the sum of the requests' total times (a browser runs some in parallel, so this is an upper bound).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d /tmp/motcua-pages-bench-XXXX)
if [ -n "${BENCH_URL:-}" ]; then
  server=$BENCH_URL
  trap 'rm -rf "$work"' EXIT
else
  . infra/bench/lib.sh
  machine
  start_server
  trap 'stop_server; rm -rf "$work"' EXIT
fi

# sign_in user: a session cookie in $work/<user>.jar, through the sign-in form as a browser posts it
sign_in() {
  local jar="$work/$1.jar" state
  state=$(curl -s -c "$jar" -b "$jar" "$server/login.xhtml" \
    | sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -c "$jar" -b "$jar" -H "Origin: $server" \
    --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=$1" \
    --data-urlencode "loginForm:password=demo" --data-urlencode "loginForm:login=" \
    --data-urlencode "jakarta.faces.ViewState=$state" "$server/login.xhtml"
}

# fetch url jar headers-out: one request; prints "bytes seconds status"
fetch() {
  curl -s -o /dev/null -D "$3" -b "$2" -H 'Accept-Encoding: gzip' ${4:+-H "$4"} ${5:+-H "$5"} \
    -w '%{size_header} %{size_download} %{time_total} %{http_code}\n' "$1" \
    | awk '{printf "%d %s %s\n", $1 + $2, $3, $4}'
}

# visit user page: prints "page first_bytes first_ms repeat_bytes repeat_ms requests_first requests_repeat"
visit() {
  local user=$1 page=$2 jar="$work/$1.jar" n=0 html out b s code
  local fb=0 fs=0 rb=0 rs=0 fr=0 rr=0
  html="$work/page.html"
  out=$(curl -s -b "$jar" -H 'Accept-Encoding: gzip' --compressed -o "$html" -D "$work/h0" \
    -w '%{size_header} %{size_download} %{time_total} %{http_code}' "$server$page")
  read -r hb bb s code <<< "$out"
  [ "$code" = 200 ] || { echo "$page as $user: HTTP $code" >&2; return 1; }
  fb=$((hb + bb)); fs=$s; rb=$fb; rs=$s; fr=1; rr=1
  grep -oE '(src|href)="/(jakarta\.faces\.resource|resources)/[^"]*"' "$html" | sed 's/^[a-z]*="//; s/"$//; s/&amp;/\&/g' \
    | sort -u > "$work/resources"
  while read -r r; do
    n=$((n + 1))
    read -r b s code <<< "$(fetch "$server$r" "$jar" "$work/h$n")"
    fb=$((fb + b)); fs=$(awk -v a="$fs" -v c="$s" 'BEGIN {print a + c}'); fr=$((fr + 1))
    local cc etag lm age
    cc=$(tr -d '\r' < "$work/h$n" | sed -n 's/^[Cc]ache-[Cc]ontrol: //p')
    age=$(echo "$cc" | sed -n 's/.*max-age=\([0-9]*\).*/\1/p')
    if [ -n "$age" ] && [ "$age" -gt 0 ] && ! echo "$cc" | grep -q 'no-cache'; then
      continue # fresh in the cache: no request
    fi
    etag=$(tr -d '\r' < "$work/h$n" | sed -n 's/^[Ee][Tt]ag: //p')
    lm=$(tr -d '\r' < "$work/h$n" | sed -n 's/^[Ll]ast-[Mm]odified: //p')
    read -r b s code <<< "$(fetch "$server$r" "$jar" "$work/r$n" ${etag:+"If-None-Match: $etag"} ${lm:+"If-Modified-Since: $lm"})"
    rb=$((rb + b)); rs=$(awk -v a="$rs" -v c="$s" 'BEGIN {print a + c}'); rr=$((rr + 1))
  done < "$work/resources"
  printf '%s | %s | %d | %.0f | %d | %.0f | %d | %d\n' "$page" "$user" "$fb" "$(awk -v a="$fs" 'BEGIN {print a * 1000}')" \
    "$rb" "$(awk -v a="$rs" 'BEGIN {print a * 1000}')" "$fr" "$rr"
}

echo "| page | as | first visit bytes | first ms | repeat bytes | repeat ms | requests first | repeat |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"
touch "$work/anonymous.jar"
visit anonymous /login.xhtml
visit anonymous /tra-cuu.xhtml
for user in gia-lai.leader gia-lai.clerk gia-lai.admin; do sign_in "$user"; done
visit gia-lai.leader /home.xhtml
visit gia-lai.leader /reports/service-index.xhtml
visit gia-lai.clerk /dossiers/index.xhtml
visit gia-lai.clerk /dossiers/receive.xhtml
visit gia-lai.admin /catalog/procedures.xhtml
