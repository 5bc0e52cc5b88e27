#!/usr/bin/python3
"""Peer for bench/dns.sh: Debian's pyspf evaluates SPF for every domain, CONCURRENCY threads at a time, through
one resolver. Usage: pyspf_bench.py DOMAINS_FILE HOST PORT CONCURRENCY CLIENT_IP
Prints one JSON line: tool, checks, seconds (check loop only), and the count of each result."""
import collections
import concurrent.futures
import json
import os
import sys
import time

import dns.resolver
import spf

path, host, port, concurrency, ip = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
resolver = dns.resolver.Resolver(configure=False)
resolver.nameservers = [host]
resolver.port = port
# bench/dns.sh's lossy run sets DNS_TIMEOUT (per try) and DNS_LIFETIME (per question): dnspython then asks again
# after each timeout until the lifetime is used up
if "DNS_TIMEOUT" in os.environ:
    resolver.timeout = float(os.environ["DNS_TIMEOUT"])
    resolver.lifetime = float(os.environ.get("DNS_LIFETIME", "3"))
dns.resolver.default_resolver = resolver
domains = [line.strip() for line in open(path) if line.strip()]


def check(domain):
    result, _text = spf.check2(i=ip, s="postmaster@" + domain, h="mail." + domain)
    return result


start = time.perf_counter()
with concurrent.futures.ThreadPoolExecutor(max_workers=concurrency) as pool:
    results = collections.Counter("spf:" + r for r in pool.map(check, domains))
seconds = time.perf_counter() - start
print(json.dumps({"tool": "pyspf", "checks": len(domains), "seconds": seconds, "results": dict(results)}))
