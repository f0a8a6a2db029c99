--liquibase formatted sql

--changeset examreg:005-fee-payable-after
-- The application state from which the fee may be paid: SUBMITTED (once submitted) or SITE_APPROVED
ALTER TABLE fee_item ADD COLUMN payable_after VARCHAR(16) NOT NULL DEFAULT 'SUBMITTED';

--changeset examreg:005-skills-result
-- Practical-skills outcome of an application (written fee payable only after PASSED or EXEMPT)
CREATE TABLE skills_result (
  id              CHAR(36)     NOT NULL PRIMARY KEY,
  application_id  CHAR(36)     NOT NULL,
  outcome         VARCHAR(16)  NOT NULL,
  note            VARCHAR(200) NULL,
  recorded_by     CHAR(36)     NULL,
  version         INT          NOT NULL DEFAULT 0,
  created_at      DATETIME(6)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  CONSTRAINT uk_skills_result_application UNIQUE (application_id),
  CONSTRAINT fk_skills_result_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset examreg:005-payment-order
CREATE TABLE payment_order (
  id                CHAR(36)     NOT NULL PRIMARY KEY,
  order_no          VARCHAR(32)  NOT NULL,
  payment_no        VARCHAR(16)  NOT NULL,
  application_id    CHAR(36)     NOT NULL,
  application_number VARCHAR(24) NOT NULL,
  candidate_id      CHAR(36)     NOT NULL,
  account_id        CHAR(36)     NOT NULL,
  exam_code         VARCHAR(16)  NOT NULL,
  area_code         VARCHAR(2)   NOT NULL,
  fee_item          VARCHAR(16)  NOT NULL,
  amount_fen        BIGINT       NOT NULL,
  channel           VARCHAR(20)  NOT NULL,
  status            VARCHAR(16)  NOT NULL,
  -- application:item while the order is open or paid; NULL once closed or expired: one payable order per fee
  live_key          VARCHAR(64)  NULL,
  code_url          VARCHAR(512) NULL,
  expires_at        DATETIME(6)  NOT NULL,
  transaction_id    VARCHAR(64)  NULL,
  paid_at           DATETIME(6)  NULL,
  paid_fen          BIGINT       NULL,
  closed_at         DATETIME(6)  NULL,
  next_query_at     DATETIME(6)  NULL,
  query_count       INT          NOT NULL DEFAULT 0,
  refunded_fen      BIGINT       NOT NULL DEFAULT 0,
  version           INT          NOT NULL DEFAULT 0,
  created_at        DATETIME(6)  NOT NULL,
  updated_at        DATETIME(6)  NOT NULL,
  CONSTRAINT uk_payment_order_no UNIQUE (order_no),
  CONSTRAINT uk_payment_order_payment_no UNIQUE (payment_no),
  CONSTRAINT uk_payment_order_live UNIQUE (live_key),
  CONSTRAINT fk_payment_order_application FOREIGN KEY (application_id) REFERENCES application (id),
  INDEX ix_payment_order_application (application_id, created_at),
  INDEX ix_payment_order_pending (status, next_query_at),
  INDEX ix_payment_order_paid (channel, paid_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset examreg:005-idempotency-key
-- First request per (account, key): its body hash and the order it created, replayed for 24 h
CREATE TABLE idempotency_key (
  account_id    CHAR(36)     NOT NULL,
  idem_key      VARCHAR(64)  NOT NULL,
  request_hash  CHAR(64)     NOT NULL,
  order_no      VARCHAR(32)  NULL,
  created_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (account_id, idem_key),
  INDEX ix_idempotency_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset examreg:005-payment-notification
-- Every verified gateway notification, raw, with what applying it did
CREATE TABLE payment_notification (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  channel          VARCHAR(20)  NOT NULL,
  nonce            VARCHAR(64)  NOT NULL,
  signed_at        DATETIME(6)  NOT NULL,
  notification_id  VARCHAR(64)  NULL,
  order_no         VARCHAR(32)  NULL,
  transaction_id   VARCHAR(64)  NULL,
  trade_state      VARCHAR(16)  NULL,
  amount_fen       BIGINT       NULL,
  outcome          VARCHAR(24)  NOT NULL,
  headers          TEXT         NOT NULL,
  body             TEXT         NOT NULL,
  decrypted        TEXT         NULL,
  received_at      DATETIME(6)  NOT NULL,
  CONSTRAINT uk_payment_notification_nonce UNIQUE (channel, nonce),
  INDEX ix_payment_notification_order (order_no, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset examreg:005-duplicate-charge
-- A second payment for a fee already paid, or a payment of a closed order: to be refunded
CREATE TABLE duplicate_charge (
  id               CHAR(36)     NOT NULL PRIMARY KEY,
  order_no         VARCHAR(32)  NOT NULL,
  transaction_id   VARCHAR(64)  NOT NULL,
  application_id   CHAR(36)     NOT NULL,
  fee_item         VARCHAR(16)  NOT NULL,
  amount_fen       BIGINT       NOT NULL,
  channel          VARCHAR(20)  NOT NULL,
  reason           VARCHAR(32)  NOT NULL,
  detected_by      VARCHAR(16)  NOT NULL,
  refund_status    VARCHAR(16)  NOT NULL,
  version          INT          NOT NULL DEFAULT 0,
  created_at       DATETIME(6)  NOT NULL,
  updated_at       DATETIME(6)  NOT NULL,
  CONSTRAINT uk_duplicate_charge_transaction UNIQUE (channel, transaction_id),
  INDEX ix_duplicate_charge_application (application_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset examreg:005-reconciliation
CREATE TABLE reconciliation (
  id                 CHAR(36)     NOT NULL PRIMARY KEY,
  channel            VARCHAR(20)  NOT NULL,
  bill_date          DATE         NOT NULL,
  status             VARCHAR(16)  NOT NULL,
  gateway_count      INT          NOT NULL DEFAULT 0,
  gateway_total_fen  BIGINT       NOT NULL DEFAULT 0,
  local_count        INT          NOT NULL DEFAULT 0,
  local_total_fen    BIGINT       NOT NULL DEFAULT 0,
  discrepancy_count  INT          NOT NULL DEFAULT 0,
  error              VARCHAR(500) NULL,
  finished_at        DATETIME(6)  NULL,
  version            INT          NOT NULL DEFAULT 0,
  created_at         DATETIME(6)  NOT NULL,
  updated_at         DATETIME(6)  NOT NULL,
  CONSTRAINT uk_reconciliation_day UNIQUE (channel, bill_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE reconciliation_discrepancy (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  reconciliation_id  CHAR(36)     NOT NULL,
  kind               VARCHAR(40)  NOT NULL,
  order_no           VARCHAR(32)  NULL,
  transaction_id     VARCHAR(64)  NULL,
  gateway_fen        BIGINT       NULL,
  local_fen          BIGINT       NULL,
  local_status       VARCHAR(16)  NULL,
  resolution         VARCHAR(200) NULL,
  CONSTRAINT fk_discrepancy_reconciliation FOREIGN KEY (reconciliation_id) REFERENCES reconciliation (id),
  INDEX ix_discrepancy_reconciliation (reconciliation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset examreg:005-sandbox-gateway
-- The built-in simulated gateway's own books (as if it were another company's system)
CREATE TABLE sandbox_trade (
  out_trade_no    VARCHAR(32)  NOT NULL PRIMARY KEY,
  description     VARCHAR(128) NOT NULL,
  amount_fen      BIGINT       NOT NULL,
  status          VARCHAR(16)  NOT NULL,
  notify_url      VARCHAR(512) NOT NULL,
  expires_at      DATETIME(6)  NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sandbox_payment (
  transaction_id  VARCHAR(64)  NOT NULL PRIMARY KEY,
  out_trade_no    VARCHAR(32)  NOT NULL,
  amount_fen      BIGINT       NOT NULL,
  kind            VARCHAR(8)   NOT NULL,
  out_refund_no   VARCHAR(64)  NULL,
  paid_at         DATETIME(6)  NOT NULL,
  CONSTRAINT uk_sandbox_refund UNIQUE (out_refund_no),
  INDEX ix_sandbox_payment_trade (out_trade_no),
  INDEX ix_sandbox_payment_day (paid_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
