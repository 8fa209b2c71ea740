// drive.cjs: opens the built site in headless Chromium and runs the
// window's own script steps in it (tests/web/web.sh, bench/web.sh).
//
//   node drive.cjs URL OUT PLAN.json
//
// PLAN is a list of visits, each {"name", "query": {...}, "events": [steps]}:
// each visit opens URL with the query and the steps (the page passes them to
// the window as --events), waits until the script has ended, and writes to
// OUT/NAME/: result.json (the script's exit code, the time to the first
// frame, stderr lines), data/ (the page's /data folder: sessions and
// debriefs, as stored in IndexedDB), shots/ (the window's screenshots and
// box logs) and downloads/ (what the page offered as downloads). All visits
// share one fresh browser profile, so what a visit stored is there for the
// next (a reload); {"no_indexeddb": true} switches storage off for that
// visit and every later one; {"canvas": true} writes the canvas's pixels
// (RGBA) to OUT/NAME/canvas.rgba. {"bench": N} in a visit's query times N frames of the
// conversation screen in the page (bench/web.sh).
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");

const [url, out, planFile] = process.argv.slice(2);
const plan = JSON.parse(fs.readFileSync(planFile, "utf8"));

function writeTree(page, from, to) {
  return page.evaluate(dir => {
    const FS = Module.FS, files = [];
    const walk = d => {
      let names;
      try { names = FS.readdir(d); } catch (e) { return; }
      for (const n of names) {
        if (n === "." || n === "..") continue;
        const p = d + "/" + n, st = FS.stat(p);
        if (FS.isDir(st.mode)) walk(p);
        else {
          const bytes = FS.readFile(p);
          let s = "";
          for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
          files.push([p.slice(dir.length + 1), btoa(s)]);
        }
      }
    };
    walk(dir);
    return files;
  }, from).then(files => {
    for (const [rel, b64] of files) {
      const p = path.join(to, rel);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, Buffer.from(b64, "base64"));
    }
    return files.length;
  });
}

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "naast-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 720 },
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"],
  });
  let failed = 0;
  try {
    const page = context.pages()[0] || await context.newPage();
    const console_ = [];
    page.on("console", m => console_.push(m.type() + ": " + m.text()));
    page.on("pageerror", e => console_.push("pageerror: " + e.message));
    let downloads = [];
    page.on("download", d => downloads.push(d));
    for (const visit of plan) {
      const dir = path.join(out, visit.name);
      fs.mkdirSync(dir, { recursive: true });
      downloads = [];
      console_.length = 0;
      const q = new URLSearchParams(visit.query || {});
      if (visit.events) q.set("events", visit.events.join("\n") + "\n");
      q.set("shots", "1");
      // a browser that keeps nothing (IndexedDB switched off); from here on
      if (visit.no_indexeddb) await page.addInitScript(() => Object.defineProperty(window, "indexedDB", { value: undefined }));
      const t0 = Date.now();
      await page.goto(url + "?" + q.toString(), { waitUntil: "load" });
      const result = { name: visit.name };
      try {
        if (visit.until_console) {   // a run that ends with a line on the console (the frame benchmark)
          await page.waitForFunction(w => window.naastPrinted && window.naastPrinted.some(l => l.startsWith(w)),
                                     visit.until_console, { timeout: visit.timeout || 120000, polling: 100 });
          await page.evaluate(() => { window.naastScriptResult = 0; });
        }
        await page.waitForFunction(() => window.naastScriptResult !== undefined,
                                   null, { timeout: visit.timeout || 120000, polling: 100 });
        // the last saves reach IndexedDB before anything is read or reloaded
        await page.waitForFunction(() => !window.naastSyncing(), null, { timeout: 20000, polling: 50 });
        result.rc = await page.evaluate(() => window.naastScriptResult);
      } catch (e) {
        result.rc = "timeout";
        result.error = String(e.message).split("\n")[0];
      }
      if (visit.pick) {   // the browser's file picker, as a trainer would use it
        await page.evaluate(() => { window.naastOpened = undefined; });
        await page.setInputFiles("#picker", visit.pick);
        await page.waitForFunction(() => window.naastOpened !== undefined, null, { timeout: 20000 });
        result.opened = await page.evaluate(() => window.naastOpened);
        result.screen_after_pick = result.opened.screen;
        await page.waitForTimeout(300);   // a frame or two, for the screenshot
      }
      if (visit.idle_ms) {   // frames drawn while nothing happens: none expected
        const before = await page.evaluate(() => window.naastFrames || 0);
        await page.waitForTimeout(visit.idle_ms);
        result.idle_frames = (await page.evaluate(() => window.naastFrames || 0)) - before;
        result.frames = await page.evaluate(() => window.naastFrames || 0);
      }
      if (visit.canvas) {   // the canvas as the page shows it, RGBA, beside the window's own shots
        const px = await page.evaluate(() => {
          const d = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
          let s = "";
          for (let i = 0; i < d.length; i += 0x8000) s += String.fromCharCode.apply(null, d.subarray(i, i + 0x8000));
          return [canvas.width, canvas.height, btoa(s)];
        });
        fs.writeFileSync(path.join(dir, "canvas.rgba"), Buffer.from(px[2], "base64"));
        result.canvas = [px[0], px[1]];
      }
      if (visit.resize) {   // the browser window resized: the canvas follows it and is drawn again
        const before = await page.evaluate(() => window.naastFrames || 0);
        await page.setViewportSize({ width: visit.resize[0], height: visit.resize[1] });
        await page.waitForTimeout(800);
        result.after_resize = await page.evaluate(() => [canvas.width, canvas.height]);
        result.resize_frames = (await page.evaluate(() => window.naastFrames || 0)) - before;
        await page.setViewportSize({ width: 1280, height: 720 });
      }
      result.printed = await page.evaluate(() => window.naastPrinted || []);
      result.first_frame_ms = await page.evaluate(() => window.naastFirstFrameAt ?? null);
      result.load_ms = Date.now() - t0;
      result.stderr = await page.evaluate(() => window.naastErrors || []);
      result.console = console_.slice();
      if (visit.query && visit.query.bench) result.bench = await page.evaluate(() => window.naastBench || null);
      result.data_files = await writeTree(page, "/data", path.join(dir, "data"));
      await writeTree(page, "/tmp/shots", path.join(dir, "shots"));
      for (const d of downloads) {
        fs.mkdirSync(path.join(dir, "downloads"), { recursive: true });
        await d.saveAs(path.join(dir, "downloads", d.suggestedFilename()));
      }
      result.downloads = downloads.map(d => d.suggestedFilename());
      if (visit.screenshot) await page.screenshot({ path: path.join(dir, "page.png") });
      fs.writeFileSync(path.join(dir, "result.json"), JSON.stringify(result, null, 1));
      if (result.rc !== 0) failed = 1;
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  process.exit(failed);
})().catch(e => { console.error("drive:", e); process.exit(2); });
