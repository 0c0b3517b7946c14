// Opens generated reports in Debian's Chromium through playwright-core and
// checks what a person would: the overview lists the traces, a trace opens with
// its source, IR and machine code, hovering links them, the tree and timeline
// draw, and a big report stays responsive; then the same for a report made from
// a real run of tauraro (traces/range_mod.py). Usage (run.sh does this):
//   node test.mjs SMALL.html BIG.html SCREENSHOT.png [AARCH64.html [REAL.html REAL_SCREENSHOT.png]]
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [smallReport, bigReport, screenshotPath, aarch64Report, realReport, realScreenshotPath] = process.argv.slice(2);
if (!smallReport || !bigReport || !screenshotPath || (realReport && !realScreenshotPath)) {
  console.error("usage: node test.mjs SMALL.html BIG.html SCREENSHOT.png [AARCH64.html [REAL.html REAL_SCREENSHOT.png]]");
  process.exit(2);
}

let passed = 0, failed = 0;
async function check(name, body) {
  const started = Date.now();
  try {
    await body();
    passed++;
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (err) {
    failed++;
    console.log(`FAIL ${name}: ${err && err.message ? err.message.split("\n")[0] : err}`);
  }
}
function expect(condition, message) {
  if (!condition) throw new Error(message);
}

const profile = mkdtempSync(join(tmpdir(), "viz-chromium-profile-"));
// A fresh profile directory is Chromium's --user-data-dir (Playwright passes it).
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1600, height: 1000 },
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

async function openReport(path) {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (err) => errors.push(String(err)));
  page.on("console", (msg) => { if (msg.type() === "error") errors.push(msg.text()); });
  // The report must not fetch anything: fail every request that is not the file.
  const requests = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const started = Date.now();
  await page.goto(pathToFileURL(resolve(path)).href, { waitUntil: "load" });
  await page.waitForSelector("#trace-table tbody tr");
  return { page, errors, requests, loadMs: Date.now() - started };
}

try {
  const { page, errors, requests, loadMs } = await openReport(smallReport);
  console.log(`small report ready in ${loadMs} ms`);

  await check("overview lists every trace, aborts and the blacklist", async () => {
    const ids = await page.$$eval("#trace-table tbody tr", (rows) => rows.map((r) => r.dataset.trace));
    expect(JSON.stringify(ids) === JSON.stringify(["1", "2", "8"]), `trace rows ${ids}`);
    const kinds = await page.$$eval("#trace-table tbody tr td:nth-child(2)", (cells) => cells.map((c) => c.textContent));
    expect(kinds.join() === "loop,side,loop", `kinds ${kinds}`);
    const abortRows = await page.$$eval("#abort-table tbody tr", (rows) => rows.length);
    expect(abortRows === 5, `abort rows ${abortRows}`);
    const reasons = await page.textContent("#view-overview");
    expect(reasons.includes("recursion too deep: 4"), "abort reasons summary");
    const blacklist = await page.textContent("#blacklist-table");
    expect(blacklist.includes("bench.py:16") && blacklist.includes("walk"), "blacklisted walk()");
    const header = await page.textContent("#run-info");
    expect(header.includes("3 (2 loop, 1 side)"), `header: ${header}`);
  });

  await check("sorting by exits taken puts the hottest trace first", async () => {
    await page.click("#trace-table th:has-text('Exits taken')");
    const first = await page.$eval("#trace-table tbody tr", (r) => r.dataset.trace);
    expect(first === "1", `first row after sort ${first}`);
  });

  await check("clicking a trace shows its source, bytecode, IR and machine code", async () => {
    await page.click("#trace-table tbody tr[data-trace='1'] td:nth-child(3)");
    await page.waitForSelector("#pane-ir_after .row");
    expect(page.url().endsWith("#trace/1"), `url ${page.url()}`);
    const title = await page.textContent("#trace-title");
    expect(title.includes("Trace T1"), `title ${title}`);
    const source = await page.textContent("#pane-source");
    expect(source.includes("for i in range(n):") && source.includes("s += i"), "source pane");
    const irAfter = await page.textContent("#pane-ir_after");
    expect(irAfter.includes("LoopHeader") && irAfter.includes("AddIntOv"), "IR after pane");
    const irBefore = await page.textContent("#pane-ir_before");
    expect(irBefore.includes("GuardInt 0000 -> exit 0"), "IR before pane");
    const bytecode = await page.textContent("#pane-bytecode");
    expect(bytecode.includes("ForRange r3, r4"), "bytecode pane");
    const code = await page.textContent("#pane-code");
    expect(code.includes("push rbp") && code.includes("jge 0x7f3a1000"), `machine code pane: ${code.slice(0, 200)}`);
  });

  await check("guards show their exit counts and open their snapshot", async () => {
    const badge = page.locator("#pane-ir_after .badge[data-exit='1']");
    expect((await badge.textContent()).includes("exit 1 ×66,656"), "exit 1 badge");
    await badge.click();
    const snapshot = await page.textContent("#pane-ir_after .snap-inline");
    expect(snapshot.includes("classify") && snapshot.includes("r5") && snapshot.includes("0006"), `snapshot ${snapshot}`);
  });

  await check("hovering an IR line highlights its source line and machine code", async () => {
    await page.hover("#pane-ir_after .row[data-ref='8']");
    const sourceHl = await page.$$eval("#pane-source .row.hl", (rows) => rows.map((r) => r.dataset.line));
    expect(sourceHl.join() === "5", `source highlight ${sourceHl}`);
    const codeHl = await page.$$eval("#pane-code .row.hl", (rows) => rows.map((r) => r.textContent));
    expect(codeHl.length >= 3 && codeHl.some((t) => t.includes("jo ")), `code highlight ${codeHl.length}`);
    expect(codeHl.every((t) => t.endsWith("0008")), "only IR 0008's code");
  });

  await check("clicking a source line pins its IR and machine code", async () => {
    await page.click("#pane-source .row[data-line='4']");
    await page.mouse.move(5, 5);
    const irHl = await page.$$eval("#pane-ir_after .row.hl", (rows) => rows.map((r) => r.dataset.ref));
    expect(irHl.sort().join() === "6,7", `IR highlight ${irHl}`);
    const codeHl = await page.$$eval("#pane-code .row.hl", (rows) => rows.length);
    expect(codeHl > 0, "code highlight for line 4");
    const bcHl = await page.$$eval("#pane-bytecode .row.hl", (rows) => rows.length);
    expect(bcHl === 2, `bytecode highlight ${bcHl}`);
  });

  await page.screenshot({ path: screenshotPath, fullPage: false });
  console.log(`screenshot: ${screenshotPath}`);

  await check("machine code rows link back to IR", async () => {
    await page.hover("#pane-code .row[data-ref='7']");
    const irHl = await page.$$eval("#pane-ir_after .row.hl", (rows) => rows.map((r) => r.dataset.ref));
    expect(irHl.join() === "7", `IR highlight ${irHl}`);
  });

  await check("a side trace links to its parent", async () => {
    await page.goto(page.url().replace(/#.*$/, "#trace/2"));
    await page.waitForSelector("#trace-title:has-text('T2')");
    const facts = await page.textContent("#view-trace .facts");
    expect(facts.includes("from T1 exit 1") && facts.includes("trace 1"), `facts ${facts}`);
  });

  await check("the trace tree draws roots, side traces and labeled exits", async () => {
    await page.click("#tabs a[data-view='tree']");
    await page.waitForSelector("#trace-tree");
    const nodes = await page.$$eval("#trace-tree .tree-node", (gs) => gs.map((g) => g.dataset.trace).sort());
    expect(nodes.join() === "1,2,8", `tree nodes ${nodes}`);
    const selected = await page.$$eval("#trace-tree .tree-node.selected", (gs) => gs.map((g) => g.dataset.trace));
    expect(selected.join() === "2", `the trace last opened is marked: ${selected}`);
    const labels = await page.$$eval("#trace-tree .edge-label", (ts) => ts.map((t) => t.textContent));
    expect(labels.includes("exit 1 ×66,656"), `edge labels ${labels}`);
    const hot = await page.$$eval("#trace-tree .tree-edge.hot", (es) => es.length);
    expect(hot === 1, `hot edges ${hot}`);
    await page.click("#trace-tree .tree-node[data-trace='8']");
    await page.waitForSelector("#trace-title:has-text('T8')");
    const irAfter = await page.textContent("#pane-ir_after");
    expect(irAfter.includes("MulFloat"), "T8 opened from the tree");
  });

  await check("the timeline shows every JIT event", async () => {
    await page.click("#tabs a[data-view='timeline']");
    await page.waitForSelector("#timeline");
    const marks = await page.$$eval("#timeline .tl-event", (rs) => rs.map((r) => r.getAttribute("class")));
    expect(marks.length === 17, `timeline marks ${marks.length}`);
    for (const kind of ["start", "trace", "abort", "blacklist"]) expect(marks.some((c) => c.includes("tl-" + kind)), `no ${kind} mark`);
    const list = await page.textContent("#event-table");
    expect(list.includes("blacklisted bench.py:16 (walk)"), "event list");
  });

  await check("no script errors and no network requests", async () => {
    expect(errors.length === 0, `page errors: ${errors.join(" | ")}`);
    expect(requests.length === 0, `requests: ${requests.join(" ")}`);
  });
  await page.close();

  // A big report: the overview must come up quickly, show one page of rows, and
  // a trace must open quickly.
  const big = await openReport(bigReport);
  console.log(`big report ready in ${big.loadMs} ms`);
  await check("big report: overview is paginated and opens fast", async () => {
    const rows = await big.page.$$eval("#trace-table tbody tr", (rs) => rs.length);
    expect(rows === 50, `rows on the first page ${rows}`);
    expect(big.loadMs < 8000, `load took ${big.loadMs} ms`);
    const pager = await big.page.textContent("#trace-table-box .pager");
    expect(/page 1 of \d+/.test(pager), `pager ${pager}`);
    await big.page.click("#trace-table-box .pager button:has-text('›')");
    const second = await big.page.$eval("#trace-table tbody tr", (r) => r.dataset.trace);
    expect(Number(second) > 50, `first row of page 2 ${second}`);
  });
  await check("big report: a trace, the tree and the timeline render quickly", async () => {
    const started = Date.now();
    await big.page.click("#trace-table tbody tr:first-child td:nth-child(3)");
    await big.page.waitForSelector("#pane-code .row");
    const traceMs = Date.now() - started;
    expect(traceMs < 3000, `opening a trace took ${traceMs} ms`);
    const t1 = Date.now();
    await big.page.click("#tabs a[data-view='tree']");
    await big.page.waitForSelector("#trace-tree .tree-node");
    const t2 = Date.now();
    await big.page.click("#tabs a[data-view='timeline']");
    await big.page.waitForSelector("#timeline .tl-event");
    const t3 = Date.now();
    console.log(`     trace ${traceMs} ms, tree ${t2 - t1} ms, timeline ${t3 - t2} ms`);
    expect(t2 - t1 < 3000 && t3 - t2 < 3000, "tree or timeline too slow");
    expect(big.errors.length === 0, `page errors: ${big.errors.join(" | ")}`);
  });
  await big.page.close();

  if (aarch64Report) {
    const arm = await openReport(aarch64Report);
    await check("non-x86 code: byte ranges per IR ref and the VCode listing", async () => {
      await arm.page.click("#trace-table tbody tr[data-trace='1'] td:nth-child(3)");
      await arm.page.waitForSelector("#pane-code .row");
      const code = await arm.page.textContent("#pane-code");
      expect(code.includes("Not disassembled (aarch64 code)"), "fallback note");
      expect(code.includes("fmul d0, d0, d1"), "VCode listing");
      await arm.page.hover("#pane-ir_after .row[data-ref='2']");
      const hl = await arm.page.$$eval("#pane-code .row.hl", (rows) => rows.map((r) => r.textContent));
      expect(hl.length === 1 && hl[0].includes("0008611e"), `highlighted bytes ${hl}`);
      expect(arm.errors.length === 0, `page errors: ${arm.errors.join(" | ")}`);
    });
    await arm.page.close();
  }

  // A report from a real run: tauraro traces/range_mod.py records a loop trace
  // (T1) and two side traces from two of its exits. Only what the program
  // guarantees is checked (no exit numbers or counts, which the JIT may change).
  if (realReport) {
    const real = await openReport(realReport);
    console.log(`real report ready in ${real.loadMs} ms`);
    await check("real run: overview lists the loop trace and its two side traces", async () => {
      const ids = await real.page.$$eval("#trace-table tbody tr", (rows) => rows.map((r) => r.dataset.trace));
      expect(JSON.stringify(ids) === JSON.stringify(["1", "2", "3"]), `trace rows ${ids}`);
      const kinds = await real.page.$$eval("#trace-table tbody tr td:nth-child(2)", (cells) => cells.map((c) => c.textContent));
      expect(kinds.join() === "loop,side,side", `kinds ${kinds}`);
      const header = await real.page.textContent("#run-info");
      expect(header.includes("range_mod.py"), `header: ${header}`);
    });

    await check("real run: the loop trace opens with source, IR and machine code", async () => {
      await real.page.click("#trace-table tbody tr[data-trace='1'] td:nth-child(3)");
      await real.page.waitForSelector("#pane-ir_after .row");
      await real.page.waitForSelector("#pane-code .row");
      expect(real.page.url().endsWith("#trace/1"), `url ${real.page.url()}`);
      const title = await real.page.textContent("#trace-title");
      expect(title.includes("Trace T1"), `title ${title}`);
      const source = await real.page.textContent("#pane-source");
      expect(source.includes("for i in range(n):"), "source pane");
      const irAfter = await real.page.textContent("#pane-ir_after");
      expect(irAfter.includes("phi") && irAfter.includes("range_ptr"), `IR after pane: ${irAfter.slice(0, 200)}`);
      const codeRows = await real.page.$$eval("#pane-code .row", (rows) => rows.filter((r) => r.textContent.trim()).length);
      expect(codeRows > 0, `machine code rows ${codeRows}`);
    });

    await real.page.mouse.move(5, 5); // no hover highlight left from the click
    await real.page.screenshot({ path: realScreenshotPath, fullPage: false });
    console.log(`screenshot: ${realScreenshotPath}`);

    await check("real run: the tree shows both side traces under trace 1", async () => {
      await real.page.click("#tabs a[data-view='tree']");
      await real.page.waitForSelector("#trace-tree .tree-node");
      const nodes = await real.page.$$eval("#trace-tree .tree-node", (gs) => gs.map((g) => {
        const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(g.getAttribute("transform"));
        return { id: g.dataset.trace, x: Number(m[1]), text: g.textContent };
      }));
      expect(nodes.map((n) => n.id).sort().join() === "1,2,3", `tree nodes ${nodes.map((n) => n.id)}`);
      const byId = Object.fromEntries(nodes.map((n) => [n.id, n]));
      // Children are drawn one column to the right of their parent.
      expect(byId["2"].x > byId["1"].x && byId["3"].x > byId["1"].x && byId["2"].x === byId["3"].x,
        `columns T1 ${byId["1"].x}, T2 ${byId["2"].x}, T3 ${byId["3"].x}`);
      expect(byId["2"].text.includes("T2 side") && byId["3"].text.includes("T3 side"), "side trace nodes");
      const labels = await real.page.$$eval("#trace-tree .edge-label", (ts) => ts.map((t) => t.textContent));
      const sideEdges = labels.filter((l) => /^exit \d+ ×/.test(l) && !l.includes("no side trace"));
      expect(sideEdges.length === 2, `edge labels ${labels}`);
      for (const id of ["2", "3"]) {
        await real.page.goto(real.page.url().replace(/#.*$/, "#trace/" + id));
        await real.page.waitForSelector(`#trace-title:has-text('T${id}')`);
        const facts = await real.page.textContent("#view-trace .facts");
        expect(facts.includes("from T1 exit"), `T${id} facts ${facts}`);
      }
    });

    await check("real run: no script errors and no network requests", async () => {
      expect(real.errors.length === 0, `page errors: ${real.errors.join(" | ")}`);
      expect(real.requests.length === 0, `requests: ${real.requests.join(" ")}`);
    });
    await real.page.close();
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
