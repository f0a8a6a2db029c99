"""Steps of scripts/crash-test.sh against a running API (base URL in $API): prepare | verify ORDER_NO."""
import json
import os
import sys
import time
import urllib.error
import urllib.request
import uuid

API = os.environ["API"]


def call(method, path, body=None, token=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(API + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            raw = r.read()
            return r.status, (json.loads(raw) if raw and r.headers.get_content_type().endswith("json") else raw)
    except urllib.error.HTTPError as e:
        raw = e.read()
        return e.code, (json.loads(raw) if raw else None)


def login(user, password):
    status, body = call("POST", "/api/v1/auth/login", {"username": user, "password": password})
    assert status == 200, (status, body)
    return body["accessToken"]


def must(result, *ok):
    status, body = result
    assert status in ok, (status, body)
    return body


def upload_required(token, app_id):
    """Uploads what the application's checklist misses: the sample photo and scan of the SPA's browser tests."""
    here = os.path.dirname(os.path.abspath(__file__))
    checklist = must(call("GET", "/api/v1/applications/" + app_id + "/materials/checklist", token=token), 200)
    for item in checklist["items"]:
        if not item["required"] or item["status"] not in ("MISSING", "REJECTED"):
            continue
        name = "photo.jpg" if item["type"]["code"] == "PHOTO" else "scan.jpg"
        with open(os.path.join(here, "..", "frontend", "e2e", "fixtures", name), "rb") as f:
            content = f.read()
        boundary = uuid.uuid4().hex
        fields = [("type", item["type"]["code"])] + ([("entryId", item["entry"]["id"])] if item.get("entry") else [])
        body = b"".join(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n".encode()
                        for k, v in fields)
        body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
                 f"Content-Type: image/jpeg\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
        req = urllib.request.Request(API + "/api/v1/applications/" + app_id + "/materials", data=body, method="POST")
        req.add_header("Content-Type", "multipart/form-data; boundary=" + boundary)
        req.add_header("Authorization", "Bearer " + token)
        with urllib.request.urlopen(req, timeout=30) as r:
            assert r.status == 201, r.status


def prepare():
    """The demo candidate's draft (made by the demo data) gets its materials and is submitted, then paid."""
    token = login("demo", "Demo12345")
    exam = str(time.gmtime().tm_year) + "110"
    apps = must(call("GET", "/api/v1/applications", token=token), 200)
    drafts = [a for a in apps["items"] if a["examCode"] == exam and a["state"] == "DRAFT"]
    assert drafts, "the demo candidate has no draft for " + exam + " (delete the data folder to start afresh)"
    app_id = drafts[0]["id"]
    upload_required(token, app_id)
    must(call("POST", "/api/v1/applications/" + app_id + "/submit", token=token), 200)
    order = must(call("POST", "/api/v1/payment-orders", {"applicationId": app_id, "feeItem": "SKILLS"}, token,
                      {"Idempotency-Key": str(uuid.uuid4())}), 201)
    must(call("POST", "/sandbox/api/trades/" + order["orderNo"] + "/pay", {"mode": "PAY"}), 200)
    status = must(call("GET", "/api/v1/payment-orders/" + order["orderNo"], token=token), 200)["status"]
    assert status == "PAYING", status
    print(order["orderNo"])


def verify(order_no):
    token = login("demo", "Demo12345")
    started = time.time()
    while True:
        order = must(call("GET", "/api/v1/payment-orders/" + order_no, token=token), 200)
        if order["status"] == "PAID" or time.time() - started > 150:
            break
        time.sleep(2)
    took = time.time() - started
    assert order["status"] == "PAID", order
    admin = login("admin", "Admin12345")
    events = must(call("GET", "/api/v1/admin/audit-events?entityType=payment_order&entityId=" + order_no,
                       token=admin), 200)
    items = events["items"] if isinstance(events, dict) and "items" in events else events
    paid = [e for e in items if e["action"] == "PAYMENT_SUCCEEDED"]
    finance = login("finance", "Finance12345")
    dups = [d for d in must(call("GET", "/api/v1/admin/duplicate-charges", token=finance), 200)
            if d["orderNo"] == order_no]
    print(f"order {order_no}: PAID {took:.0f} s after the restart was ready, transaction {order['transactionId']}, "
          f"PAYMENT_SUCCEEDED events: {len(paid)}, duplicate charges: {len(dups)}")
    assert len(paid) == 1 and not dups
    print("OK: paid exactly once, no duplicate charge")


if __name__ == "__main__":
    prepare() if sys.argv[1] == "prepare" else verify(sys.argv[2])
