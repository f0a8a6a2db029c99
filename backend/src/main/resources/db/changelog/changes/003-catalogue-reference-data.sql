--liquibase formatted sql

-- Reference data of the catalogue: exam categories with their national numeric codes, and the 32 exam areas.
-- Plain INSERTs, portable between MySQL 8 and MariaDB 10.11+. Later corrections go into new changesets.

--changeset examreg:003-exam-categories
-- Practising physician (执业医师) 1xx and assistant physician (执业助理医师) 2xx; the last digit of 14x/24x
-- tells the Chinese-medicine route: 1 with a prescribed degree, 2 master-apprentice or expertise (师承或确有专长),
-- 3-6 the ethnic medicines (Mongolian, Tibetan, Uyghur, Dai). 260 is the village general assistant physician.
INSERT INTO exam_category (code, name_zh, name_en, level, discipline, sort_order) VALUES
  ('110', '临床执业医师', 'Clinical practising physician', 'PRACTISING', 'CLINICAL', 110),
  ('120', '口腔执业医师', 'Dental practising physician', 'PRACTISING', 'DENTAL', 120),
  ('130', '公共卫生执业医师', 'Public health practising physician', 'PRACTISING', 'PUBLIC_HEALTH', 130),
  ('141', '中医执业医师', 'Chinese medicine practising physician', 'PRACTISING', 'CHINESE_MEDICINE', 141),
  ('142', '中医执业医师（师承或确有专长）', 'Chinese medicine practising physician (master-apprentice or expertise route)', 'PRACTISING', 'CHINESE_MEDICINE', 142),
  ('143', '蒙医执业医师', 'Mongolian medicine practising physician', 'PRACTISING', 'ETHNIC_MEDICINE', 143),
  ('144', '藏医执业医师', 'Tibetan medicine practising physician', 'PRACTISING', 'ETHNIC_MEDICINE', 144),
  ('145', '维医执业医师', 'Uyghur medicine practising physician', 'PRACTISING', 'ETHNIC_MEDICINE', 145),
  ('146', '傣医执业医师', 'Dai medicine practising physician', 'PRACTISING', 'ETHNIC_MEDICINE', 146),
  ('150', '中西医结合执业医师', 'Integrated Chinese and Western medicine practising physician', 'PRACTISING', 'INTEGRATED', 150),
  ('210', '临床执业助理医师', 'Clinical assistant physician', 'ASSISTANT', 'CLINICAL', 210),
  ('220', '口腔执业助理医师', 'Dental assistant physician', 'ASSISTANT', 'DENTAL', 220),
  ('230', '公共卫生执业助理医师', 'Public health assistant physician', 'ASSISTANT', 'PUBLIC_HEALTH', 230),
  ('241', '中医执业助理医师', 'Chinese medicine assistant physician', 'ASSISTANT', 'CHINESE_MEDICINE', 241),
  ('242', '中医执业助理医师（师承或确有专长）', 'Chinese medicine assistant physician (master-apprentice or expertise route)', 'ASSISTANT', 'CHINESE_MEDICINE', 242),
  ('243', '蒙医执业助理医师', 'Mongolian medicine assistant physician', 'ASSISTANT', 'ETHNIC_MEDICINE', 243),
  ('244', '藏医执业助理医师', 'Tibetan medicine assistant physician', 'ASSISTANT', 'ETHNIC_MEDICINE', 244),
  ('245', '维医执业助理医师', 'Uyghur medicine assistant physician', 'ASSISTANT', 'ETHNIC_MEDICINE', 245),
  ('246', '傣医执业助理医师', 'Dai medicine assistant physician', 'ASSISTANT', 'ETHNIC_MEDICINE', 246),
  ('250', '中西医结合执业助理医师', 'Integrated Chinese and Western medicine assistant physician', 'ASSISTANT', 'INTEGRATED', 250),
  ('260', '乡村全科执业助理医师', 'Village general assistant physician', 'ASSISTANT', 'VILLAGE_GENERAL', 260);
--rollback DELETE FROM exam_category WHERE code IN ('110','120','130','141','142','143','144','145','146','150','210','220','230','241','242','243','244','245','246','250','260');

--changeset examreg:003-exam-areas
-- The 31 provincial-level areas by their GB/T 2260 two-digit prefix, and the Xinjiang Production and
-- Construction Corps (新疆生产建设兵团), an exam area of its own, as 66.
INSERT INTO exam_area (code, name_zh, name_en) VALUES
  ('11', '北京市', 'Beijing'),
  ('12', '天津市', 'Tianjin'),
  ('13', '河北省', 'Hebei'),
  ('14', '山西省', 'Shanxi'),
  ('15', '内蒙古自治区', 'Inner Mongolia'),
  ('21', '辽宁省', 'Liaoning'),
  ('22', '吉林省', 'Jilin'),
  ('23', '黑龙江省', 'Heilongjiang'),
  ('31', '上海市', 'Shanghai'),
  ('32', '江苏省', 'Jiangsu'),
  ('33', '浙江省', 'Zhejiang'),
  ('34', '安徽省', 'Anhui'),
  ('35', '福建省', 'Fujian'),
  ('36', '江西省', 'Jiangxi'),
  ('37', '山东省', 'Shandong'),
  ('41', '河南省', 'Henan'),
  ('42', '湖北省', 'Hubei'),
  ('43', '湖南省', 'Hunan'),
  ('44', '广东省', 'Guangdong'),
  ('45', '广西壮族自治区', 'Guangxi'),
  ('46', '海南省', 'Hainan'),
  ('50', '重庆市', 'Chongqing'),
  ('51', '四川省', 'Sichuan'),
  ('52', '贵州省', 'Guizhou'),
  ('53', '云南省', 'Yunnan'),
  ('54', '西藏自治区', 'Xizang (Tibet)'),
  ('61', '陕西省', 'Shaanxi'),
  ('62', '甘肃省', 'Gansu'),
  ('63', '青海省', 'Qinghai'),
  ('64', '宁夏回族自治区', 'Ningxia'),
  ('65', '新疆维吾尔自治区', 'Xinjiang'),
  ('66', '新疆生产建设兵团', 'Xinjiang Production and Construction Corps');
--rollback DELETE FROM exam_area WHERE code IN ('11','12','13','14','15','21','22','23','31','32','33','34','35','36','37','41','42','43','44','45','46','50','51','52','53','54','61','62','63','64','65','66');
