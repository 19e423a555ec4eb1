#!/usr/bin/env python3
"""A real SMTP server for tests: accepts every mail on 127.0.0.1:PORT and writes each to
DIR as <n>.eml (envelope recipients on the first line). Runs until killed."""
import argparse
import asyncio
import itertools
import pathlib
import signal

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder: pathlib.Path):
        self.folder = folder
        self.counter = itertools.count(1)

    async def handle_DATA(self, server, session, envelope):
        number = next(self.counter)
        content = "To: " + ",".join(envelope.rcpt_tos) + "\n" + envelope.content.decode("utf-8", "replace")
        temporary = self.folder / f".{number}.tmp"
        temporary.write_text(content, encoding="utf-8")
        temporary.rename(self.folder / f"{number}.eml")
        return "250 Message accepted"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", type=pathlib.Path, required=True)
    arguments = parser.parse_args()
    arguments.dir.mkdir(parents=True, exist_ok=True)
    controller = Controller(Sink(arguments.dir), hostname="127.0.0.1", port=arguments.port)
    controller.start()
    print("ready", flush=True)
    loop = asyncio.new_event_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    loop.run_until_complete(stop.wait())
    controller.stop()


if __name__ == "__main__":
    main()
