#!/usr/bin/env python3
"""A lossy, slow network in front of a DNS server, for the DNS checker's tests and bench/dns.sh.

UDP: every datagram a client sends is dropped with probability --loss (the server never sees it); every
answer is dropped with probability --answer-loss (the server did the work, the client never hears it);
an answer that passes is held back with probability --delay-share for a time drawn from --delay-ms
(an answer held longer than the client's retransmit time arrives after the client has asked again).
The draws come from one random generator seeded with --seed: the same seed makes the same sequence of
decisions (which datagram they fall on depends on the order in which datagrams arrive).
TCP on the same port is relayed unchanged: it is the client's fallback for truncated answers, and TCP
retransmits by itself.

Only the standard library; binds the given address only. SIGUSR1 or SIGTERM writes the counts to stdout.

  lossy_dns_proxy.py --listen 127.0.0.1:24060 --upstream 127.0.0.1:24053 --loss 0.3 --seed 16
"""
import argparse
import asyncio
import os
import random
import signal
import sys

# an upstream socket unused this long is closed; later answers to it are lost like any late datagram
IDLE_SECONDS = 10.0


def host_port(text):
    host, _, port = text.rpartition(":")
    return host, int(port)


def delay_range(text):
    low, _, high = text.partition("-")
    low, high = float(low), float(high or low)
    if low < 0 or high < low:
        raise argparse.ArgumentTypeError("--delay-ms is MIN-MAX in milliseconds, 0 <= MIN <= MAX")
    return low / 1000.0, high / 1000.0


def share(text):
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("a share is between 0 and 1")
    return value


class Counts:
    def __init__(self):
        self.queries = self.queries_dropped = self.answers = self.answers_dropped = self.answers_delayed = 0
        self.tcp_connections = 0

    def line(self):
        return (f"queries {self.queries} (dropped {self.queries_dropped}), answers {self.answers} "
                f"(dropped {self.answers_dropped}, delayed {self.answers_delayed}), tcp connections {self.tcp_connections}")


class Upstream(asyncio.DatagramProtocol):
    """The proxy's socket towards the server for one client address: answers go back to that client."""

    def __init__(self, proxy, client):
        self.proxy, self.client, self.transport = proxy, client, None
        self.last_used = proxy.loop.time()

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.proxy.answer(data, self.client)

    def error_received(self, exc):
        pass  # nothing listens upstream: the client sees silence, as behind a broken link


class Proxy(asyncio.DatagramProtocol):
    def __init__(self, args, loop):
        self.args, self.loop = args, loop
        self.random = random.Random(args.seed)
        self.counts = Counts()
        self.upstreams = {}
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, client):
        self.counts.queries += 1
        if self.random.random() < self.args.loss:
            self.counts.queries_dropped += 1
            return
        upstream = self.upstreams.get(client)
        if upstream is not None:
            upstream.last_used = self.loop.time()
        if upstream is None:
            upstream = Upstream(self, client)
            self.upstreams[client] = upstream
            self.loop.create_task(self.open(upstream, data))
        elif upstream.transport is None:
            self.loop.call_soon(lambda: self.forward(upstream, data))
        else:
            upstream.transport.sendto(data)

    async def open(self, upstream, first):
        await self.loop.create_datagram_endpoint(lambda: upstream, remote_addr=self.args.upstream)
        upstream.transport.sendto(first)

    def forward(self, upstream, data):
        if upstream.transport is None:
            self.loop.call_later(0.001, lambda: self.forward(upstream, data))
        else:
            upstream.transport.sendto(data)

    def close_idle(self):
        """Clients that use a socket per question (most stub resolvers) would otherwise use up the file handles."""
        now = self.loop.time()
        for client, upstream in list(self.upstreams.items()):
            if upstream.transport is not None and now - upstream.last_used > IDLE_SECONDS:
                upstream.transport.close()
                del self.upstreams[client]
        self.loop.call_later(IDLE_SECONDS, self.close_idle)

    def answer(self, data, client):
        self.counts.answers += 1
        if self.random.random() < self.args.answer_loss:
            self.counts.answers_dropped += 1
            return
        if self.random.random() < self.args.delay_share:
            self.counts.answers_delayed += 1
            low, high = self.args.delay_ms
            self.loop.call_later(self.random.uniform(low, high), lambda: self.transport.sendto(data, client))
        else:
            self.transport.sendto(data, client)


async def relay_tcp(args, counts, reader, writer):
    counts.tcp_connections += 1
    try:
        up_reader, up_writer = await asyncio.open_connection(*args.upstream)
    except OSError:
        writer.close()
        return

    async def pipe(src, dst):
        try:
            while data := await src.read(65536):
                dst.write(data)
                await dst.drain()
        except (OSError, asyncio.IncompleteReadError):
            pass
        finally:
            dst.close()

    await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))


async def main_async(args):
    loop = asyncio.get_running_loop()
    proxy = Proxy(args, loop)
    await loop.create_datagram_endpoint(lambda: proxy, local_addr=args.listen)
    loop.call_later(IDLE_SECONDS, proxy.close_idle)
    server = await asyncio.start_server(lambda r, w: relay_tcp(args, proxy.counts, r, w), *args.listen)
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    loop.add_signal_handler(signal.SIGUSR1, lambda: print(proxy.counts.line(), flush=True))
    if args.pidfile:
        with open(args.pidfile, "w") as f:
            f.write(f"{os.getpid()}\n")
    print(f"lossy DNS proxy {args.listen[0]}:{args.listen[1]} -> {args.upstream[0]}:{args.upstream[1]}: "
          f"loss {args.loss}, answer loss {args.answer_loss}, delay {args.delay_share} of answers by "
          f"{args.delay_ms[0] * 1000:.0f}-{args.delay_ms[1] * 1000:.0f} ms, seed {args.seed}", flush=True)
    async with server:
        await stop.wait()
    print(proxy.counts.line(), flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--listen", type=host_port, required=True, help="ADDRESS:PORT (UDP and TCP)")
    ap.add_argument("--upstream", type=host_port, required=True, help="ADDRESS:PORT of the DNS server")
    ap.add_argument("--loss", type=share, default=0.3, help="share of the client's datagrams dropped")
    ap.add_argument("--answer-loss", type=share, default=0.0, help="share of the server's answers dropped")
    ap.add_argument("--delay-share", type=share, default=0.2, help="share of the answers held back")
    ap.add_argument("--delay-ms", type=delay_range, default=(0.02, 0.4), help="MIN-MAX hold-back in milliseconds")
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--pidfile")
    asyncio.run(main_async(ap.parse_args()))


if __name__ == "__main__":
    sys.exit(main())
