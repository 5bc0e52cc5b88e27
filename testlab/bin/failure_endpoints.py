#!/usr/bin/env python3
"""MailBench test lab failure endpoints (started by testlab/start.sh).

--drop PORT           accept TCP, close at once without sending a byte (client reads EOF)
--blackhole PORT      accept TCP and UDP, never send anything (client times out)
--untrusted-tls PORT  TLS with a self-signed certificate (not from the lab CA), then an IMAP greeting
Only standard library; binds the given address only.
"""
import argparse, os, signal, socket, ssl, sys, threading


def serve_tcp(sock, handler):
    while True:
        try:
            conn, _ = sock.accept()
        except OSError:
            return
        threading.Thread(target=handler, args=(conn,), daemon=True).start()


def drop(conn):
    conn.close()


held = []


def blackhole(conn):
    held.append(conn)  # keep it open, never answer; discard whatever arrives
    try:
        while conn.recv(65536):
            pass
    except OSError:
        pass
    finally:
        conn.close()
        held.remove(conn)


def make_tls_handler(ctx):
    def handler(conn):
        try:
            conn.settimeout(30)
            with ctx.wrap_socket(conn, server_side=True) as tls:
                tls.sendall(b"* OK [CAPABILITY IMAP4rev1] untrusted-certificate endpoint of the MailBench lab\r\n")
                while True:
                    line = tls.recv(4096)
                    if not line:
                        break
                    tag = line.split(b" ", 1)[0]
                    tls.sendall(tag + b" BAD this endpoint only demonstrates an untrusted certificate\r\n")
        except (OSError, ssl.SSLError):
            pass
        finally:
            conn.close()
    return handler


def listen_tcp(addr, port):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((addr, port))
    s.listen(128)
    return s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--address", default="127.0.0.1")
    ap.add_argument("--drop", type=int, required=True)
    ap.add_argument("--blackhole", type=int, required=True)
    ap.add_argument("--untrusted-tls", type=int, required=True)
    ap.add_argument("--cert", required=True)
    ap.add_argument("--key", required=True)
    ap.add_argument("--pidfile", required=True)
    a = ap.parse_args()

    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(a.cert, a.key)

    threads = [
        (listen_tcp(a.address, a.drop), drop),
        (listen_tcp(a.address, a.blackhole), blackhole),
        (listen_tcp(a.address, a.untrusted_tls), make_tls_handler(ctx)),
    ]
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.bind((a.address, a.blackhole))

    def udp_sink():
        while True:
            udp.recvfrom(65536)

    for sock, handler in threads:
        threading.Thread(target=serve_tcp, args=(sock, handler), daemon=True).start()
    threading.Thread(target=udp_sink, daemon=True).start()

    with open(a.pidfile, "w") as f:
        f.write(f"{os.getpid()}\n")
    print(f"failure endpoints on {a.address}: drop={a.drop} blackhole={a.blackhole} (tcp+udp) "
          f"untrusted-tls={a.untrusted_tls}", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    signal.pause()


if __name__ == "__main__":
    main()
