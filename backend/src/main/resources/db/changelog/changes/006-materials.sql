--liquibase formatted sql

-- Materials (材料): the types with their rules (reference data), the extra types each exam area requires,
-- the uploaded files' metadata (the bytes live in a store: the filesystem by default, S3-compatible later)
-- and the write-ahead record of objects being stored, so that a crash never leaves an orphan file behind.
-- Portable between MySQL 8 and MariaDB 10.11+.

--changeset examreg:006-material-type
CREATE TABLE material_type (
  code                   VARCHAR(40)   NOT NULL PRIMARY KEY,
  name_zh                VARCHAR(64)   NOT NULL,
  name_en                VARCHAR(120)  NOT NULL,
  description_zh         VARCHAR(300)  NULL,
  description_en         VARCHAR(400)  NULL,
  -- comma-separated formats decided from the bytes: JPEG, PNG, PDF
  formats                VARCHAR(40)   NOT NULL,
  max_bytes              BIGINT        NOT NULL,
  -- image dimension rules in pixels (NULL: no rule); aspect = height / width in thousandths
  min_width              INT           NULL,
  max_width              INT           NULL,
  min_height             INT           NULL,
  max_height             INT           NULL,
  min_aspect_permille    INT           NULL,
  max_aspect_permille    INT           NULL,
  -- one slot per education (or certificate) entry of the application instead of one per application
  per_entry              BOOLEAN       NOT NULL DEFAULT FALSE,
  -- the upload carries the online verification code (MoE electronic registration record)
  needs_verification_code BOOLEAN      NOT NULL DEFAULT FALSE,
  sort_order             INT           NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset examreg:006-material-type-data
-- Photo: 小2寸 white-background ID photo, JPEG under 40 KB (seeds); portrait, height/width 1.2–1.5.
-- Scans: original in colour, scanned or photographed; JPEG, PNG or PDF up to 5 MB.
INSERT INTO material_type (code, name_zh, name_en, description_zh, description_en, formats, max_bytes,
    min_width, max_width, min_height, max_height, min_aspect_permille, max_aspect_permille,
    per_entry, needs_verification_code, sort_order) VALUES
  ('PHOTO', '考生照片', 'Candidate photo',
   '近期（6个月内）小2寸白底免冠正面证件照，JPEG 格式，不超过 40 KB',
   'Recent (within 6 months) passport-style photo on a white background, JPEG, at most 40 KB',
   'JPEG', 40960, 150, 800, 180, 1200, 1200, 1500, FALSE, FALSE, 10),
  ('ID_DOCUMENT', '身份证件扫描件', 'Identity document scan',
   '有效身份证件正反面彩色扫描件或照片', 'Colour scan or photo of both sides of the identity document',
   'JPEG,PNG,PDF', 5242880, 300, NULL, 300, NULL, NULL, NULL, FALSE, FALSE, 20),
  ('GRADUATION_CERTIFICATE', '毕业证书', 'Graduation certificate',
   '所选学历的毕业证书原件彩色扫描件或照片', 'Colour scan or photo of the graduation certificate of the chosen education',
   'JPEG,PNG,PDF', 5242880, 300, NULL, 300, NULL, NULL, NULL, TRUE, FALSE, 30),
  ('EDU_MOE_RECORD', '教育部学历证书电子注册备案表', 'MoE electronic registration record of the diploma',
   '学信网下载的备案表，并填写在线验证码', 'The record downloaded from CHSI, with its online verification code',
   'JPEG,PNG,PDF', 5242880, 300, NULL, 300, NULL, NULL, NULL, TRUE, TRUE, 40),
  ('EDU_CREDENTIAL_REPORT', '中国高等教育学历认证报告', 'Higher-education credential report',
   NULL, NULL, 'JPEG,PNG,PDF', 5242880, 300, NULL, 300, NULL, NULL, NULL, TRUE, FALSE, 41),
  ('EDU_SECONDARY_PROOF', '中等职业教育学历证明', 'Secondary vocational education proof',
   NULL, NULL, 'JPEG,PNG,PDF', 5242880, 300, NULL, 300, NULL, NULL, NULL, TRUE, FALSE, 42),
  ('EDU_OVERSEAS_CREDENTIAL', '国外学历学位认证书', 'Overseas credential certificate (CSCSE)',
   '教育部留学服务中心出具', 'Issued by the MoE Chinese Service Center for Scholarly Exchange',
   'JPEG,PNG,PDF', 5242880, 300, NULL, 300, NULL, NULL, NULL, TRUE, FALSE, 43),
  ('EDU_TCM_EXPERTISE', '传统医学师承出师证书或确有专长证书', 'Traditional-medicine apprenticeship or expertise certificate',
   NULL, NULL, 'JPEG,PNG,PDF', 5242880, 300, NULL, 300, NULL, NULL, NULL, TRUE, FALSE, 44),
  ('PROBATION_CERTIFICATE', '医师资格考试试用期考核证明', 'Probation assessment certificate',
   '由试用机构出具并确认', 'Issued and confirmed by the probation institution',
   'JPEG,PNG,PDF', 5242880, 300, NULL, 300, NULL, NULL, NULL, FALSE, FALSE, 50),
  ('ASSISTANT_QUALIFICATION', '执业助理医师资格证书', 'Assistant-physician qualification certificate',
   NULL, NULL, 'JPEG,PNG,PDF', 5242880, 300, NULL, 300, NULL, NULL, NULL, FALSE, FALSE, 60),
  ('ASSISTANT_PRACTISING', '执业助理医师执业证书', 'Assistant-physician practising certificate',
   NULL, NULL, 'JPEG,PNG,PDF', 5242880, 300, NULL, 300, NULL, NULL, NULL, FALSE, FALSE, 61),
  ('MILITARY_UNIT_APPROVAL', '团级以上政治部门同意报考证明', 'Military unit approval (regiment level or above)',
   NULL, NULL, 'JPEG,PNG,PDF', 5242880, 300, NULL, 300, NULL, NULL, NULL, FALSE, FALSE, 70),
  ('INTERNSHIP_APPROVAL_HMT', '台湾、香港、澳门居民参加国家医师资格考试实习申请审核表',
   'Internship approval form for Hong Kong, Macao and Taiwan residents',
   NULL, NULL, 'JPEG,PNG,PDF', 5242880, 300, NULL, 300, NULL, NULL, NULL, FALSE, FALSE, 80),
  ('INTERNSHIP_APPROVAL_FOREIGN', '外籍人员参加中国医师资格考试实习申请审核表',
   'Internship approval form for foreign nationals',
   NULL, NULL, 'JPEG,PNG,PDF', 5242880, 300, NULL, 300, NULL, NULL, NULL, FALSE, FALSE, 81),
  ('GRADUATE_PLEDGE', '应届医学专业毕业生医师资格考试报考承诺书', 'Current-year graduate pledge',
   NULL, NULL, 'JPEG,PNG,PDF', 5242880, 300, NULL, 300, NULL, NULL, NULL, FALSE, FALSE, 90),
  ('OTHER', '其他材料', 'Other material',
   '考区、考点规定的其他材料，或身份信息佐证材料', 'Other material an area or site asks for, or proof of identity details',
   'JPEG,PNG,PDF', 5242880, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, 99);

--changeset examreg:006-material-area-requirement
-- Material types an exam area requires of every application in addition to those derived from its data.
CREATE TABLE material_area_requirement (
  area_code   VARCHAR(2)   NOT NULL,
  type_code   VARCHAR(40)  NOT NULL,
  PRIMARY KEY (area_code, type_code),
  CONSTRAINT fk_material_req_area FOREIGN KEY (area_code) REFERENCES exam_area (code),
  CONSTRAINT fk_material_req_type FOREIGN KEY (type_code) REFERENCES material_type (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset examreg:006-material-area-requirement-data
-- Hubei (seed 004) requires the probation assessment certificate from every candidate.
INSERT INTO material_area_requirement (area_code, type_code) VALUES ('42', 'PROBATION_CERTIFICATE');

--changeset examreg:006-material
CREATE TABLE material (
  id                  CHAR(36)      NOT NULL PRIMARY KEY,
  application_id      CHAR(36)      NOT NULL,
  type_code           VARCHAR(40)   NOT NULL,
  -- the education entry of a per-entry slot, else NULL
  entry_id            CHAR(36)      NULL,
  -- TYPE or TYPE/entryId: the slot this file fills
  slot                VARCHAR(80)   NOT NULL,
  -- 1, 2, … within the slot: uploading again keeps the earlier revisions as history
  revision            INT           NOT NULL,
  -- applicationId/slot while this is the slot's current revision, NULL once replaced (one current per slot)
  current_key         VARCHAR(120)  NULL,
  status              VARCHAR(20)   NOT NULL,
  format              VARCHAR(8)    NOT NULL,
  content_type        VARCHAR(40)   NOT NULL,
  size_bytes          BIGINT        NOT NULL,
  sha256              CHAR(64)      NOT NULL,
  width               INT           NULL,
  height              INT           NULL,
  pages               INT           NULL,
  file_name           VARCHAR(120)  NOT NULL,
  verification_code   VARCHAR(40)   NULL,
  storage             VARCHAR(16)   NOT NULL,
  storage_key         VARCHAR(200)  NOT NULL,
  uploaded_by         CHAR(36)      NULL,
  uploaded_role       VARCHAR(32)   NULL,
  reviewed_by         CHAR(36)      NULL,
  reviewed_role       VARCHAR(32)   NULL,
  reviewed_at         DATETIME(6)   NULL,
  review_reason       VARCHAR(500)  NULL,
  replaced_at         DATETIME(6)   NULL,
  version             INT           NOT NULL DEFAULT 0,
  created_at          DATETIME(6)   NOT NULL,
  updated_at          DATETIME(6)   NOT NULL,
  CONSTRAINT uk_material_current UNIQUE (current_key),
  CONSTRAINT uk_material_revision UNIQUE (application_id, slot, revision),
  CONSTRAINT uk_material_storage UNIQUE (storage, storage_key),
  CONSTRAINT fk_material_application FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT fk_material_type FOREIGN KEY (type_code) REFERENCES material_type (code),
  INDEX ix_material_application (application_id, slot, revision)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset examreg:006-material-pending-object
-- Written (and committed) before an object is put into the store and deleted in the transaction that records
-- the material: a row that outlives its upload names an object to remove (see MaterialJanitor).
CREATE TABLE material_pending_object (
  storage_key   VARCHAR(200)  NOT NULL,
  storage       VARCHAR(16)   NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  PRIMARY KEY (storage, storage_key),
  INDEX ix_material_pending_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
