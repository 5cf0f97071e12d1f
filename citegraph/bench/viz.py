"""Benchmark and browser harness of the interactive graph.

``run(shared)`` builds the corpus graph (seeds + 442 documents) into a store, renders
the page in Python and opens it in headless Chromium with the network disabled,
recording the render time and the time until the layout is stable.

:class:`Chromium` is the harness the browser tests use too: Debian's ``chromium`` and
``chromium-driver`` (``make browser``) driven by Selenium, with the network switched
off through the DevTools protocol so that a page that needs a CDN shows it.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from citegraph.bench.common import Row

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

#: Flags for a headless Chromium that runs as root in a container and talks to nobody.
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--disable-extensions",
    "--disable-default-apps",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--window-size=1400,900",
    "--force-device-scale-factor=1",
)


@dataclass
class PageResult:
    """What one page did in the browser."""

    nodes: int
    edges: int
    stabilized: bool
    stabilization_ms: float | None
    console: list[dict[str, Any]]  # every console / error log entry
    requests: list[str]  # every URL the page asked for
    screenshot: bytes
    state: dict[str, Any] = field(default_factory=dict)  # whatever extra the caller evaluated

    @property
    def errors(self) -> list[dict[str, Any]]:
        """Console entries at SEVERE level (uncaught errors, CSP violations, failed loads)."""
        return [e for e in self.console if e.get("level") == "SEVERE"]


class Chromium:
    """Headless Chromium under Selenium, offline. Use as a context manager.

    Raises (never skips) when Chromium or its driver is missing: the browser tests
    must fail on a machine that cannot run them.
    """

    def __init__(self, width: int = 1400, height: int = 900) -> None:
        for exe in (CHROMIUM, CHROMEDRIVER):
            if not Path(exe).exists():
                raise RuntimeError(f"{exe} is missing: run `make browser` (Debian chromium, chromium-driver)")
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        self._profile = tempfile.mkdtemp(prefix="citegraph-chromium-")
        opts = webdriver.ChromeOptions()
        opts.binary_location = CHROMIUM
        for f in FLAGS:
            opts.add_argument(f)
        opts.add_argument(f"--user-data-dir={self._profile}")
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        self.driver = webdriver.Chrome(options=opts, service=Service(executable_path=CHROMEDRIVER))
        self.driver.set_window_size(width, height)
        self.driver.execute_cdp_cmd("Network.enable", {})
        self.driver.execute_cdp_cmd(
            "Network.emulateNetworkConditions",
            {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
        )

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.driver.quit()
        finally:
            shutil.rmtree(self._profile, ignore_errors=True)

    def open(self, page: Path, timeout: float = 300.0, evaluate: dict[str, str] | None = None) -> PageResult:
        """Load ``page``, wait until the layout is stable, and report what happened.

        ``evaluate`` maps names to JavaScript expressions evaluated after stabilisation
        (results in :attr:`PageResult.state`).
        """
        d = self.driver
        d.get_log("browser")  # drop entries of earlier pages
        d.get_log("performance")
        d.set_script_timeout(timeout)
        d.get(Path(page).resolve().as_uri())
        deadline = time.monotonic() + timeout
        stabilized = False
        while time.monotonic() < deadline:
            stabilized = bool(d.execute_script("return !!(window.citegraph && window.citegraph.stabilized)"))
            if stabilized:
                break
            time.sleep(0.1)
        counts = d.execute_script(
            "var c = window.citegraph; return c ? [c.nodes.length, c.edges.length, c.stabilizationMs] : [-1, -1, null]"
        )
        state = {k: d.execute_script(f"return ({js});") for k, js in (evaluate or {}).items()}
        shot = d.get_screenshot_as_png()
        console = d.get_log("browser")
        requests = []
        for entry in d.get_log("performance"):
            msg = json.loads(entry["message"])["message"]
            if msg.get("method") == "Network.requestWillBeSent":
                requests.append(msg["params"]["request"]["url"])
        return PageResult(counts[0], counts[1], stabilized, counts[2], console, requests, shot, state)


def screenshot_colours(png: bytes) -> tuple[int, float]:
    """Distinct colours in a screenshot and the share of its pixels that are not white."""
    import io

    from PIL import Image

    img = Image.open(io.BytesIO(png)).convert("RGB")
    colours = img.getcolors(maxcolors=1 << 24) or []
    total = img.width * img.height
    white = sum(c for c, rgb in colours if min(rgb) >= 250)
    return len(colours), 1 - white / total


def run(shared: Path) -> list[Row]:
    """Corpus graph (seeds + 442 texts): build the store, render the page, time the layout in Chromium."""
    from citegraph import store as cgstore
    from citegraph.bench.common import best_of, corpus_texts
    from citegraph.cli.viz import load_store_graph  # the path `citegraph viz` takes
    from citegraph.viz import build_view, render_html

    work = Path(tempfile.mkdtemp(prefix="citegraph-bench-viz-"))
    try:
        store = work / "store"
        texts = sorted((shared / "seeds").glob("*.txt")) + corpus_texts(shared)
        cgstore.build(texts, store, workers=2)
        t = time.perf_counter()
        data = load_store_graph(store)
        t_load = time.perf_counter() - t
        view = build_view(data)
        t_render = best_of(lambda: render_html(build_view(data)))
        out = work / "graph.html"
        out.write_text(render_html(view), encoding="utf-8")
        with Chromium() as browser:
            res = browser.open(out)
        if not res.stabilized:
            raise RuntimeError("the corpus graph did not stabilise in Chromium")
        return [
            Row(
                "corpus graph: documents in the store",
                view.total_nodes,
                "nodes",
                f"{len(texts)} texts; {view.total_edges:,} citing pairs",
                0,
            ),
            Row(
                "documents / links on the page",
                len(view.data.nodes),
                "nodes",
                f"{len(view.data.edges):,} links; capped at the default limit",
                0,
            ),
            Row("load graph from store (SPARQL)", t_load, "s", "3 queries, one run"),
            Row("render page in Python", t_render, "s", "select, PageRank, cap, pyvis data, HTML; best of 3"),
            Row("page size", out.stat().st_size / 1e6, "MB", "vis-network inlined"),
            Row(
                "layout until stable in Chromium",
                (res.stabilization_ms or 0) / 1000,
                "s",
                "headless, offline, one run: script start to stabilizationIterationsDone",
            ),
        ]
    finally:
        shutil.rmtree(work, ignore_errors=True)
