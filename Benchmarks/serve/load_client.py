#!/usr/bin/env python3
"""A bounded loopback load run against `diepgang serve` (Benchmarks/serve_load.sh calls it).

    python3 load_client.py URL NOTE --clients 50 --requests 5000 --pid PID

Each client keeps one HTTP/1.1 connection and POSTs the note to /analyse (with the session
cookie and a same-origin Origin) until the total is reached. Reports throughput, latency
percentiles, errors (any status but 200, any connection failure) and the server's resident
memory (VmRSS before, after a warm-up and at the end; VmHWM peak) from /proc.
"""
import argparse, asyncio, time, urllib.parse


def rss(pid, key):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) // 1024
    return -1


async def client(host, port, head, body, counter, total, latencies, errors):
    reader = writer = None
    while True:
        if counter[0] >= total:
            break
        counter[0] += 1
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection(host, port)
            t0 = time.perf_counter()
            writer.write(head + body)
            await writer.drain()
            status_line = await reader.readline()
            length = 0
            while True:
                line = await reader.readline()
                if line in (b"\r\n", b""):
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
                if line.lower().startswith(b"connection: close"):
                    pass
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - t0)
            if not status_line.startswith(b"HTTP/1.1 200"):
                errors.append(status_line.decode(errors="replace").strip())
        except Exception as e:  # a failed request counts, and the connection is renewed
            errors.append(repr(e))
            if writer is not None:
                writer.close()
            reader = writer = None
    if writer is not None:
        writer.close()


async def run(url, note, clients, total):
    u = urllib.parse.urlparse(url)
    token = urllib.parse.parse_qs(u.query)["token"][0]
    body = urllib.parse.urlencode({"text": note, "lang": "nl"}).encode()
    head = (f"POST /analyse HTTP/1.1\r\nHost: {u.hostname}:{u.port}\r\nOrigin: http://{u.hostname}:{u.port}\r\n"
            f"Cookie: diepgang_token={token}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode()
    counter, latencies, errors = [0], [], []
    t0 = time.perf_counter()
    await asyncio.gather(*(client(u.hostname, u.port, head, body, counter, total, latencies, errors) for _ in range(clients)))
    return time.perf_counter() - t0, latencies, errors


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] * 1000


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("note")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=5000)
    ap.add_argument("--pid", type=int, required=True)
    a = ap.parse_args()
    note = open(a.note, encoding="utf-8").read()
    start_rss = rss(a.pid, "VmRSS")
    _, _, warm_errors = asyncio.run(run(a.url, note, a.clients, 500))
    warm_rss = rss(a.pid, "VmRSS")
    seconds, lat, errors = asyncio.run(run(a.url, note, a.clients, a.requests))
    end_rss = rss(a.pid, "VmRSS")
    print(f"requests {len(lat)} in {seconds:.2f} s: {len(lat) / seconds:.0f} req/s, {a.clients} clients, "
          f"{len(note.split())}-word note")
    print(f"latency ms: p50 {pct(lat, 50):.1f}, p90 {pct(lat, 90):.1f}, p99 {pct(lat, 99):.1f}, max {max(lat) * 1000:.1f}")
    print(f"errors {len(errors) + len(warm_errors)}" + (f" (first: {(errors + warm_errors)[0]})" if errors or warm_errors else ""))
    print(f"server RSS MB: start {start_rss}, after 500 warm-up {warm_rss}, after run {end_rss}, peak {rss(a.pid, 'VmHWM')}")


if __name__ == "__main__":
    main()
