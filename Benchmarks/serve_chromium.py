#!/usr/bin/env python3
"""Drives `diepgang serve` in headless Chromium over the DevTools protocol (not in CI):
opens the printed URL (token → cookie), pastes a note and submits it, tabs to the first
highlight with the keyboard (its note must show), then uploads a .docx through the file input
and shows the notes. Screenshots go to OUTDIR.

    apt-get install chromium; pip install websocket-client
    swift build --product diepgang && python3 Benchmarks/serve_chromium.py [OUTDIR]
"""
import base64, json, os, subprocess, sys, tempfile, time, urllib.request
import websocket

BIN = os.environ.get("DIEPGANG_BIN", ".build/debug/diepgang")
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/diepgang-serve-shots"
NOTE = "Benchmarks/serve/note300.txt"
DOCX = os.path.abspath("Tests/NotesTests/Fixtures/avonddienst.docx")


class Page:
    def __init__(self, ws_url):
        self.ws = websocket.create_connection(ws_url, timeout=30)
        self.next_id = 0

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == self.next_id:
                if "error" in msg:
                    raise RuntimeError(msg["error"])
                return msg.get("result", {})

    def js(self, expression):
        return self.call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def wait_load(self, previous_url=None):
        for _ in range(100):
            time.sleep(0.1)
            if self.js("document.readyState") == "complete" and (previous_url is None or self.js("location.href + performance.now()") != previous_url):
                return

    def shot(self, name, height=1600):
        self.call("Emulation.setDeviceMetricsOverride", width=1200, height=height, deviceScaleFactor=1, mobile=False)
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path = os.path.join(OUT, name)
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
        print("screenshot", path)

    def key(self, key, code, keycode, shift=False):
        for kind in ("keyDown", "keyUp"):
            self.call("Input.dispatchKeyEvent", type=kind, key=key, code=code, windowsVirtualKeyCode=keycode, modifiers=8 if shift else 0)


def main():
    os.makedirs(OUT, exist_ok=True)
    out = tempfile.NamedTemporaryFile(delete=False)
    server = subprocess.Popen([BIN, "serve", "--port", "0"], stdout=out, stderr=subprocess.DEVNULL)
    browser = None
    try:
        for _ in range(50):
            time.sleep(0.1)
            url = open(out.name).read().strip()
            if url:
                break
        profile = tempfile.mkdtemp()
        browser = subprocess.Popen(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-port=9333",
                                    f"--user-data-dir={profile}", "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            time.sleep(0.1)
            try:
                targets = json.load(urllib.request.urlopen("http://127.0.0.1:9333/json"))
                break
            except OSError:
                continue
        page = Page(next(t for t in targets if t["type"] == "page")["webSocketDebuggerUrl"])
        page.call("Page.enable")
        page.call("Page.navigate", url=url)
        page.wait_load()
        print("after token:", page.js("location.href"), "| textarea present:", page.js("!!document.getElementById('text')"))
        page.shot("1-home.png", 900)
        note = open(NOTE, encoding="utf-8").read()
        page.js(f"document.getElementById('text').value = {json.dumps(note)}")
        before = page.js("location.href + performance.now()")
        page.js("document.querySelector('form[action=\"/analyse\"] button').click()")
        page.wait_load(before)
        page.js("document.querySelector('.notetext').scrollIntoView()")
        print("note view: highlights", page.js("document.querySelectorAll('.notetext .hl').length"))
        page.shot("2-note.png")
        # Keyboard only: Tab from the text area onwards until focus reaches the first highlight.
        page.js("document.getElementById('text').focus()")
        for _ in range(12):
            page.key("Tab", "Tab", 9)
            if page.js("document.activeElement.classList.contains('hl')"):
                break
        visible = page.js("getComputedStyle(document.activeElement.nextElementSibling).display")
        print("focused:", page.js("document.activeElement.textContent"), "| its note displayed:", visible)
        page.js("document.activeElement.scrollIntoView({block: 'center'})")
        page.shot("3-keyboard-focus.png", 900)
        page.call("Page.navigate", url=url.split("?")[0])
        page.wait_load()
        doc = page.call("DOM.getDocument")
        node = page.call("DOM.querySelector", nodeId=doc["root"]["nodeId"], selector="#files")["nodeId"]
        page.call("DOM.setFileInputFiles", nodeId=node, files=[DOCX])
        before = page.js("location.href + performance.now()")
        page.js("document.querySelector('button[value=notes]').click()")
        page.wait_load(before)
        print("docx upload: notes", page.js("document.querySelectorAll('section.note').length"),
              "| title", page.js("document.querySelector('section.note h2').textContent"))
        page.shot("4-docx-upload.png")
    finally:
        if browser:
            browser.terminate()
        server.send_signal(2)
        server.wait(timeout=10)
        print("server exit status after SIGINT:", server.returncode)


if __name__ == "__main__":
    main()
