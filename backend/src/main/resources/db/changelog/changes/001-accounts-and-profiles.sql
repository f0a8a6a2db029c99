--liquibase formatted sql

--changeset examreg:001-account
CREATE TABLE account (
  id                    CHAR(36)     NOT NULL PRIMARY KEY,
  username              VARCHAR(64)  NOT NULL,
  password_hash         VARCHAR(100) NOT NULL,
  kind                  VARCHAR(16)  NOT NULL,
  role                  VARCHAR(32)  NOT NULL,
  display_name          VARCHAR(64)  NULL,
  area_code             VARCHAR(16)  NULL,
  site_code             VARCHAR(32)  NULL,
  point_code            VARCHAR(32)  NULL,
  must_change_password  BOOLEAN      NOT NULL DEFAULT FALSE,
  enabled               BOOLEAN      NOT NULL DEFAULT TRUE,
  failed_logins         INT          NOT NULL DEFAULT 0,
  locked_until          DATETIME(6)  NULL,
  security_question     VARCHAR(100) NULL,
  security_answer_hash  VARCHAR(100) NULL,
  password_changed_at   DATETIME(6)  NULL,
  version               INT          NOT NULL DEFAULT 0,
  created_at            DATETIME(6)  NOT NULL,
  updated_at            DATETIME(6)  NOT NULL,
  CONSTRAINT uk_account_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset examreg:001-candidate
CREATE TABLE candidate (
  id                     CHAR(36)     NOT NULL PRIMARY KEY,
  account_id             CHAR(36)     NOT NULL,
  name                   VARCHAR(64)  NOT NULL,
  region                 VARCHAR(16)  NOT NULL,
  document_type          VARCHAR(32)  NOT NULL,
  document_number        VARCHAR(32)  NOT NULL,
  sex                    VARCHAR(8)   NOT NULL,
  birth_date             DATE         NOT NULL,
  ethnicity              VARCHAR(32)  NULL,
  mobile                 VARCHAR(16)  NULL,
  email                  VARCHAR(60)  NULL,
  home_phone             VARCHAR(32)  NULL,
  work_phone             VARCHAR(32)  NULL,
  address                VARCHAR(120) NULL,
  postal_code            VARCHAR(8)   NULL,
  employment_status      VARCHAR(32)  NULL,
  employer               VARCHAR(100) NULL,
  probation_institution  VARCHAR(100) NULL,
  own_status             VARCHAR(32)  NULL,
  post                   VARCHAR(32)  NULL,
  identity_verified      BOOLEAN      NOT NULL DEFAULT FALSE,
  home_area_code         VARCHAR(16)  NULL,
  version                INT          NOT NULL DEFAULT 0,
  created_at             DATETIME(6)  NOT NULL,
  updated_at             DATETIME(6)  NOT NULL,
  CONSTRAINT uk_candidate_account UNIQUE (account_id),
  CONSTRAINT uk_candidate_document UNIQUE (document_type, document_number),
  CONSTRAINT fk_candidate_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset examreg:001-education
CREATE TABLE education (
  id                  CHAR(36)     NOT NULL PRIMARY KEY,
  candidate_id        CHAR(36)     NOT NULL,
  start_month         CHAR(7)      NULL,
  end_month           CHAR(7)      NULL,
  school              VARCHAR(100) NULL,
  major               VARCHAR(100) NULL,
  level               VARCHAR(32)  NOT NULL,
  study_form          VARCHAR(16)  NULL,
  certificate_number  VARCHAR(18)  NULL,
  proof_type          VARCHAR(40)  NULL,
  proof_code          VARCHAR(40)  NULL,
  locked              BOOLEAN      NOT NULL DEFAULT FALSE,
  verified            BOOLEAN      NOT NULL DEFAULT FALSE,
  version             INT          NOT NULL DEFAULT 0,
  created_at          DATETIME(6)  NOT NULL,
  updated_at          DATETIME(6)  NOT NULL,
  CONSTRAINT fk_education_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset examreg:001-training
CREATE TABLE training (
  id            CHAR(36)     NOT NULL PRIMARY KEY,
  candidate_id  CHAR(36)     NOT NULL,
  start_month   CHAR(7)      NOT NULL,
  end_month     CHAR(7)      NULL,
  institution   VARCHAR(100) NOT NULL,
  kind          VARCHAR(32)  NOT NULL,
  description   VARCHAR(200) NULL,
  locked        BOOLEAN      NOT NULL DEFAULT FALSE,
  verified      BOOLEAN      NOT NULL DEFAULT FALSE,
  version       INT          NOT NULL DEFAULT 0,
  created_at    DATETIME(6)  NOT NULL,
  updated_at    DATETIME(6)  NOT NULL,
  CONSTRAINT fk_training_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset examreg:001-certificate
CREATE TABLE certificate (
  id                   CHAR(36)     NOT NULL PRIMARY KEY,
  candidate_id         CHAR(36)     NOT NULL,
  kind                 VARCHAR(32)  NOT NULL,
  category             VARCHAR(40)  NULL,
  certificate_month    CHAR(7)      NULL,
  certificate_number   VARCHAR(40)  NULL,
  registration_month   CHAR(7)      NULL,
  registration_number  VARCHAR(40)  NULL,
  locked               BOOLEAN      NOT NULL DEFAULT FALSE,
  verified             BOOLEAN      NOT NULL DEFAULT FALSE,
  version              INT          NOT NULL DEFAULT 0,
  created_at           DATETIME(6)  NOT NULL,
  updated_at           DATETIME(6)  NOT NULL,
  CONSTRAINT fk_certificate_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset examreg:001-audit-event
CREATE TABLE audit_event (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  occurred_at  DATETIME(6)  NOT NULL,
  actor_id     CHAR(36)     NULL,
  actor_role   VARCHAR(32)  NULL,
  action       VARCHAR(64)  NOT NULL,
  entity_type  VARCHAR(40)  NOT NULL,
  entity_id    VARCHAR(64)  NOT NULL,
  before_data  TEXT         NULL,
  after_data   TEXT         NULL,
  reason       VARCHAR(500) NULL,
  INDEX ix_audit_entity (entity_type, entity_id),
  INDEX ix_audit_actor (actor_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
