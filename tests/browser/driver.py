#!/usr/bin/env python3
"""A headless Chromium remote-controlled over stdin/stdout, for tst_messenger_browser.

The C++ test owns confabd, the agent and every assertion; this script only drives the browser.
It reads one JSON command per line and answers each with one JSON line:

  {"cmd": "get", "url": U}                      open a page
  {"cmd": "eval", "js": J}                      run J (a function body) → {"value": …}
  {"cmd": "wait", "js": J, "timeout_ms": T}     run J until it returns something truthy
  {"cmd": "click", "js": J}                     J returns an element; a real mouse click on it
  {"cmd": "type", "js": J, "text": S}           J returns an element; real key presses of S
  {"cmd": "logs"}                               the page's console messages so far
  {"cmd": "quit"}

Every answer is {"ok": true, …} or {"ok": false, "error": "…"}. On start it prints
{"ready": true, "version": …}, or exits with 77 (the ctest skip code) and a reason when no
Chromium, chromedriver or Selenium is installed. Loopback only: the browser is started with
everything that would reach the internet switched off, in a new empty profile.
"""

import json
import os
import shutil
import sys
import tempfile
import time

SKIP = 77


def answer(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def skip(reason):
    answer({"skip": reason})
    sys.exit(SKIP)


def find(names, env):
    if os.environ.get(env):
        return os.environ[env] if os.access(os.environ[env], os.X_OK) else None
    for name in names:
        path = shutil.which(name) or (f"/usr/bin/{name}" if os.access(f"/usr/bin/{name}", os.X_OK) else None)
        if path:
            return path
    return None


def main():
    try:
        from selenium import webdriver
        from selenium.common.exceptions import WebDriverException
        from selenium.webdriver.chrome.service import Service
    except ImportError as e:
        skip(f"python3-selenium is not installed ({e})")

    chromium = find(["chromium", "chromium-browser", "google-chrome"], "CHROMIUM_BINARY")
    chromedriver = find(["chromedriver"], "CHROMEDRIVER_BINARY")
    if not chromium:
        skip("no chromium binary (install the Debian package 'chromium')")
    if not chromedriver:
        skip("no chromedriver (install the Debian package 'chromium-driver')")

    profile = tempfile.mkdtemp(prefix="confab-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-default-apps", "--disable-extensions", "--no-default-browser-check",
                 "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US",
                 f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})

    try:
        driver = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    except WebDriverException as e:
        shutil.rmtree(profile, ignore_errors=True)
        # Installed but not startable is a failure, not a skip.
        answer({"ready": False, "error": f"cannot start Chromium: {e.msg or e}"})
        sys.exit(1)
    driver.set_script_timeout(30)
    driver.set_page_load_timeout(60)
    answer({"ready": True, "version": driver.capabilities.get("browserVersion", "?")})

    def element(js):
        el = driver.execute_script(js)
        if el is None:
            raise RuntimeError("the script returned no element")
        return el

    try:
        for line in sys.stdin:
            line = line.strip()
            if not line:
                continue
            try:
                cmd = json.loads(line)
                kind = cmd.get("cmd")
                if kind == "quit":
                    answer({"ok": True})
                    break
                if kind == "get":
                    driver.get(cmd["url"])
                    answer({"ok": True})
                elif kind == "eval":
                    answer({"ok": True, "value": driver.execute_script(cmd["js"])})
                elif kind == "wait":
                    deadline = time.monotonic() + cmd.get("timeout_ms", 10000) / 1000.0
                    value = None
                    while True:
                        value = driver.execute_script(cmd["js"])
                        if value or time.monotonic() >= deadline:
                            break
                        time.sleep(0.05)
                    if value:
                        answer({"ok": True, "value": value})
                    else:
                        answer({"ok": False, "error": "timed out", "value": value})
                elif kind == "click":
                    element(cmd["js"]).click()
                    answer({"ok": True})
                elif kind == "type":
                    element(cmd["js"]).send_keys(cmd["text"])
                    answer({"ok": True})
                elif kind == "logs":
                    answer({"ok": True, "value": [f"{e.get('level')}: {e.get('message')}" for e in driver.get_log("browser")]})
                else:
                    answer({"ok": False, "error": f"unknown command {kind!r}"})
            except Exception as e:  # one bad command must not end the session
                answer({"ok": False, "error": f"{type(e).__name__}: {e}"})
    finally:
        try:
            driver.quit()
        finally:
            shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
