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


def prepare():
    token = login("demo", "Demo12345")
    me = must(call("GET", "/api/v1/candidates/me", token=token), 200)
    must(call("PUT", "/api/v1/candidates/me", {"version": me["version"],
         "contact": {"mobile": "13800138000", "email": "demo@example.com"},
         "work": {"employmentStatus": "PROBATION", "probationInstitution": "湘雅医院"}}, token), 200)
    edu = must(call("POST", "/api/v1/candidates/me/educations", {"startMonth": "2008-09", "endMonth": "2013-07",
               "school": "中南大学湘雅医学院", "major": "临床医学", "level": "UNDERGRADUATE", "studyForm": "FULL_TIME",
               "certificateNumber": "105331201305001234"}, token), 201)
    exam = str(time.gmtime().tm_year) + "110"
    app = must(call("POST", "/api/v1/applications", {"examCode": exam}, token), 201)
    must(call("PATCH", "/api/v1/applications/" + app["id"], {"version": app["version"], "educationIds": [edu["id"]],
         "areaCode": "43", "siteCode": "4301"}, token), 200)
    must(call("POST", "/api/v1/applications/" + app["id"] + "/submit", token=token), 200)
    order = must(call("POST", "/api/v1/payment-orders", {"applicationId": app["id"], "feeItem": "SKILLS"}, token,
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
