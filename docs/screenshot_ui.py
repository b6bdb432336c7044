"""Screenshots of the Prefect UI showing a gongkai run: its logs and its artifacts.

    .venv/bin/python docs/screenshot_ui.py [--out docs/screenshots]

Starts a `prefect server` on a free local port (a temporary PREFECT_HOME), runs `gongkai run` on the bundled
samples against it, opens the flow run's page in headless Chromium (Debian's /usr/bin/chromium, driven by
playwright) and saves the Logs and Artifacts tabs. Stops the server it started.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2):
                return
        except OSError:
            time.sleep(2)
    raise SystemExit(f"prefect server at {url} did not start")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="gongkai-ui-"))
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    # A server on another port than 4200 must tell its UI where its API is.
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_UI_API_URL=api)
    server = subprocess.Popen(
        [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_healthy(api)
        run = subprocess.run(
            [str(BIN / "gongkai"), "run", "--lake", str(home / "lake")],
            env={**env, "PREFECT_API_URL": api},
            capture_output=True,
            text=True,
            check=True,
        )
        page_url = next(line.split()[-1] for line in run.stdout.splitlines() if line.startswith("flow run:"))
        shoot(page_url, args.out)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def shoot(page_url: str, out: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 1000})
        page.goto(page_url, wait_until="networkidle")
        page.get_by_text("run summary:", exact=False).first.wait_for(timeout=60_000)
        page.screenshot(path=str(out / "prefect-run-logs.png"), full_page=True)
        page.get_by_text("Artifacts", exact=True).first.click()
        page.get_by_text("run-summary").first.wait_for(timeout=60_000)
        page.screenshot(path=str(out / "prefect-run-artifacts.png"), full_page=True)
        browser.close()
    print(f"saved {out / 'prefect-run-logs.png'} and {out / 'prefect-run-artifacts.png'}")


if __name__ == "__main__":
    main()
