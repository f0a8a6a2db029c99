--liquibase formatted sql

--changeset examreg:004-application
CREATE TABLE application (
  id                 CHAR(36)     NOT NULL PRIMARY KEY,
  number             VARCHAR(24)  NOT NULL,
  candidate_id       CHAR(36)     NOT NULL,
  exam_code          VARCHAR(16)  NOT NULL,
  state              VARCHAR(20)  NOT NULL,
  review_level       VARCHAR(20)  NULL,
  live_key           VARCHAR(64)  NULL,
  photo_ref          VARCHAR(100) NULL,
  education_ids      VARCHAR(400) NULL,
  training_ids       VARCHAR(400) NULL,
  certificate_id     CHAR(36)     NULL,
  area_code          VARCHAR(2)   NULL,
  site_code          VARCHAR(16)  NULL,
  attempts           INT          NOT NULL DEFAULT 1,
  extra_subjects     VARCHAR(100) NULL,
  identity_verified  BOOLEAN      NOT NULL DEFAULT FALSE,
  snapshot           TEXT         NULL,
  submitted_at       DATETIME(6)  NULL,
  decided_at         DATETIME(6)  NULL,
  version            INT          NOT NULL DEFAULT 0,
  created_at         DATETIME(6)  NOT NULL,
  updated_at         DATETIME(6)  NOT NULL,
  CONSTRAINT uk_application_number UNIQUE (number),
  CONSTRAINT uk_application_live UNIQUE (live_key),
  CONSTRAINT fk_application_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
  CONSTRAINT fk_application_exam FOREIGN KEY (exam_code) REFERENCES exam (code),
  INDEX ix_application_queue (exam_code, area_code, site_code, state, review_level),
  INDEX ix_application_candidate (candidate_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset examreg:004-application-event
CREATE TABLE application_event (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  CHAR(36)     NOT NULL,
  occurred_at     DATETIME(6)  NOT NULL,
  actor_id        CHAR(36)     NULL,
  actor_role      VARCHAR(32)  NULL,
  action          VARCHAR(32)  NOT NULL,
  from_state      VARCHAR(20)  NULL,
  to_state        VARCHAR(20)  NOT NULL,
  level           VARCHAR(20)  NULL,
  reason          VARCHAR(500) NULL,
  CONSTRAINT fk_event_application FOREIGN KEY (application_id) REFERENCES application (id),
  INDEX ix_event_application (application_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
