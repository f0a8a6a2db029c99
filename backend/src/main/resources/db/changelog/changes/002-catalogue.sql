--liquibase formatted sql

--changeset examreg:002-exam-category
CREATE TABLE exam_category (
  code         VARCHAR(8)   NOT NULL PRIMARY KEY,
  name_zh      VARCHAR(64)  NOT NULL,
  name_en      VARCHAR(100) NOT NULL,
  level        VARCHAR(16)  NOT NULL,
  discipline   VARCHAR(32)  NOT NULL,
  sort_order   INT          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset examreg:002-exam-area
CREATE TABLE exam_area (
  code        VARCHAR(2)   NOT NULL PRIMARY KEY,
  name_zh     VARCHAR(32)  NOT NULL,
  name_en     VARCHAR(64)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset examreg:002-exam-site
CREATE TABLE exam_site (
  code         VARCHAR(16)  NOT NULL PRIMARY KEY,
  area_code    VARCHAR(2)   NOT NULL,
  name         VARCHAR(100) NOT NULL,
  address      VARCHAR(200) NULL,
  restricted   BOOLEAN      NOT NULL DEFAULT FALSE,
  version      INT          NOT NULL DEFAULT 0,
  created_at   DATETIME(6)  NOT NULL,
  updated_at   DATETIME(6)  NOT NULL,
  CONSTRAINT fk_site_area FOREIGN KEY (area_code) REFERENCES exam_area (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset examreg:002-site-institution
CREATE TABLE site_institution (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_code    VARCHAR(16)  NOT NULL,
  institution  VARCHAR(100) NOT NULL,
  CONSTRAINT uk_site_institution UNIQUE (site_code, institution),
  CONSTRAINT fk_institution_site FOREIGN KEY (site_code) REFERENCES exam_site (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset examreg:002-exam
CREATE TABLE exam (
  code           VARCHAR(16)  NOT NULL PRIMARY KEY,
  year           INT          NOT NULL,
  category_code  VARCHAR(8)   NOT NULL,
  version        INT          NOT NULL DEFAULT 0,
  created_at     DATETIME(6)  NOT NULL,
  updated_at     DATETIME(6)  NOT NULL,
  CONSTRAINT uk_exam_year_category UNIQUE (year, category_code),
  CONSTRAINT fk_exam_category FOREIGN KEY (category_code) REFERENCES exam_category (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset examreg:002-exam-area-window
CREATE TABLE exam_area_window (
  id                    CHAR(36)     NOT NULL PRIMARY KEY,
  exam_code             VARCHAR(16)  NOT NULL,
  area_code             VARCHAR(2)   NOT NULL,
  registration_opens    DATETIME(6)  NOT NULL,
  registration_closes   DATETIME(6)  NOT NULL,
  review_opens          DATETIME(6)  NOT NULL,
  review_closes         DATETIME(6)  NOT NULL,
  skills_payable_from   VARCHAR(16)  NOT NULL DEFAULT 'SITE_APPROVED',
  version               INT          NOT NULL DEFAULT 0,
  created_at            DATETIME(6)  NOT NULL,
  updated_at            DATETIME(6)  NOT NULL,
  CONSTRAINT uk_window_exam_area UNIQUE (exam_code, area_code),
  CONSTRAINT fk_window_exam FOREIGN KEY (exam_code) REFERENCES exam (code),
  CONSTRAINT fk_window_area FOREIGN KEY (area_code) REFERENCES exam_area (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset examreg:002-fee-item
CREATE TABLE fee_item (
  id            CHAR(36)     NOT NULL PRIMARY KEY,
  exam_code     VARCHAR(16)  NOT NULL,
  area_code     VARCHAR(2)   NOT NULL,
  item          VARCHAR(16)  NOT NULL,
  amount_fen    BIGINT       NOT NULL,
  pay_opens     DATETIME(6)  NOT NULL,
  pay_closes    DATETIME(6)  NOT NULL,
  channels      VARCHAR(200) NOT NULL,
  version       INT          NOT NULL DEFAULT 0,
  created_at    DATETIME(6)  NOT NULL,
  updated_at    DATETIME(6)  NOT NULL,
  CONSTRAINT uk_fee_exam_area_item UNIQUE (exam_code, area_code, item),
  CONSTRAINT fk_fee_exam FOREIGN KEY (exam_code) REFERENCES exam (code),
  CONSTRAINT fk_fee_area FOREIGN KEY (area_code) REFERENCES exam_area (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
