#!/usr/bin/env python3
"""Writes negative_names.csv: names of people and companies that are NOT on any shared sanctions list, assembled by
hand from common given names and surnames of several regions (in their own script and in Latin) and from car makers,
parts makers, ports, railways and banks that are not listed, including the reference scenario's own (data/reference/).

Columns: key,name,script,type,birth_year,region,part
- key: the Latin form of the row's party; both spellings of one party share it, so they fall in the same part.
- part: 'holdout' when the first byte of SHA-256(UTF-8 key) is odd, else 'tuning'. The held-out part is never used to
  choose a rule or a constant (docs/compliance-quality.md); NegativeSet.PartOf recomputes the same rule.
- birth_year: a fixed year per person, 1950 + (second byte of the digest) % 50, for the "with type and birth year" run.
Deterministic: run it again and the file is byte-identical. Usage: python3 make_negative_names.py > negative_names.csv
"""
import csv, hashlib, sys

def pairs(s):
    out = []
    for item in s.strip().split(';'):
        item = item.strip()
        if item:
            native, latin = item.split('=')
            out.append((native.strip(), latin.strip()))
    return out

IRAN_FIRST = pairs("محمد=Mohammad; علی=Ali; رضا=Reza; حسین=Hossein; مهدی=Mehdi; امیر=Amir; سعید=Saeed; مریم=Maryam; فاطمه=Fatemeh; زهرا=Zahra; سارا=Sara; نرگس=Narges; پریسا=Parisa; کاوه=Kaveh; بهرام=Bahram; داریوش=Dariush; شیرین=Shirin; لیلا=Leila; آرش=Arash; نیما=Nima")
IRAN_LAST = pairs("رضایی=Rezaei; احمدی=Ahmadi; حسینی=Hosseini; محمدی=Mohammadi; کریمی=Karimi; موسوی=Mousavi; جعفری=Jafari; صادقی=Sadeghi; رحیمی=Rahimi; کاظمی=Kazemi; نوری=Nouri; قاسمی=Ghasemi; اکبری=Akbari; هاشمی=Hashemi; عباسی=Abbasi; طاهری=Taheri; فرهادی=Farhadi; شریفی=Sharifi; یزدانی=Yazdani; بهرامی=Bahrami")
RU_FIRST_M = pairs("Иван=Ivan; Сергей=Sergey; Алексей=Alexey; Дмитрий=Dmitry; Андрей=Andrey; Михаил=Mikhail; Николай=Nikolay; Павел=Pavel; Егор=Egor; Артём=Artyom; Константин=Konstantin; Олег=Oleg")
RU_FIRST_F = pairs("Ольга=Olga; Елена=Elena; Наталья=Natalya; Татьяна=Tatyana; Анна=Anna; Мария=Mariya; Ксения=Kseniya; Юлия=Yuliya; Светлана=Svetlana; Ирина=Irina")
RU_LAST = pairs("Смирнов=Smirnov; Кузнецов=Kuznetsov; Попов=Popov; Васильев=Vasilyev; Соколов=Sokolov; Михайлов=Mikhaylov; Новиков=Novikov; Фёдоров=Fyodorov; Морозов=Morozov; Волков=Volkov; Лебедев=Lebedev; Козлов=Kozlov; Степанов=Stepanov; Павлов=Pavlov; Семёнов=Semyonov; Голубев=Golubev; Виноградов=Vinogradov; Богданов=Bogdanov; Захаров=Zakharov; Белов=Belov")
TR_FIRST = "Mehmet Mustafa Ahmet Hüseyin Hasan İbrahim Murat Emre Burak Ayşe Fatma Emine Hatice Zeynep Elif Özlem Gül Serkan Deniz Cem".split()
TR_LAST = "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Polat Erdem".split()
CN = pairs("王伟=Wang Wei; 李娜=Li Na; 张敏=Zhang Min; 刘洋=Liu Yang; 陈静=Chen Jing; 杨磊=Yang Lei; 黄勇=Huang Yong; 赵军=Zhao Jun; 周杰=Zhou Jie; 吴芳=Wu Fang; 徐明=Xu Ming; 孙丽=Sun Li; 马超=Ma Chao; 朱华=Zhu Hua; 胡斌=Hu Bin; 郭强=Guo Qiang; 何平=He Ping; 高峰=Gao Feng; 林涛=Lin Tao; 罗刚=Luo Gang; 郑秀英=Zheng Xiuying; 梁建国=Liang Jianguo; 谢志强=Xie Zhiqiang; 宋晓东=Song Xiaodong; 唐海燕=Tang Haiyan; 韩雪=Han Xue; 冯磊=Feng Lei; 于洋=Yu Yang; 董丽华=Dong Lihua; 曹伟=Cao Wei; 许文博=Xu Wenbo; 邓丽君=Deng Lijun; 彭宇航=Peng Yuhang; 曾志伟=Zeng Zhiwei; 田雨=Tian Yu; 潘婷=Pan Ting; 袁浩=Yuan Hao; 蒋欣=Jiang Xin; 蔡明亮=Cai Mingliang; 余秋雨=Yu Qiuyu")
KR = pairs("김민준=Kim Min-jun; 이서연=Lee Seo-yeon; 박지훈=Park Ji-hoon; 최수빈=Choi Su-bin; 정예은=Jung Ye-eun; 강현우=Kang Hyun-woo; 조민서=Cho Min-seo; 윤도현=Yoon Do-hyun; 장하은=Jang Ha-eun; 임준호=Lim Jun-ho; 한지민=Han Ji-min; 오승현=Oh Seung-hyun; 서지우=Seo Ji-woo; 신동욱=Shin Dong-wook; 권나연=Kwon Na-yeon; 황민재=Hwang Min-jae; 안소희=Ahn So-hee; 송유진=Song Yu-jin; 류성민=Ryu Seong-min; 전혜진=Jeon Hye-jin; 홍성호=Hong Seong-ho; 문채원=Moon Chae-won; 배수지=Bae Su-ji; 백승우=Baek Seung-woo; 남궁민=Namgung Min; 유재석=Yoo Jae-seok; 노은비=Noh Eun-bi; 하정우=Ha Jung-woo; 곽도원=Kwak Do-won; 성유리=Sung Yu-ri")
IN = pairs("राहुल शर्मा=Rahul Sharma; प्रिया पटेल=Priya Patel; अमित कुमार=Amit Kumar; सुनीता सिंह=Sunita Singh; विकास गुप्ता=Vikas Gupta; अंजलि वर्मा=Anjali Verma; राजेश यादव=Rajesh Yadav; पूजा जोशी=Pooja Joshi; संजय मिश्रा=Sanjay Mishra; नेहा अग्रवाल=Neha Agarwal; अर्जुन रेड्डी=Arjun Reddy; दीपिका नायर=Deepika Nair; मनोज तिवारी=Manoj Tiwari; कविता चौधरी=Kavita Chaudhary; सुरेश पांडे=Suresh Pandey; अनीता मेहता=Anita Mehta; रवि शंकर=Ravi Shankar; स्नेहा कपूर=Sneha Kapoor; आदित्य बंसल=Aditya Bansal; मीरा भट्ट=Meera Bhatt; करण मल्होत्रा=Karan Malhotra; लक्ष्मी अय्यर=Lakshmi Iyer; गौरव सक्सेना=Gaurav Saxena; रश्मि दुबे=Rashmi Dubey; नितिन गडकरी=Nitin Gadkari; अभिषेक त्रिपाठी=Abhishek Tripathi; सोनिया खन्ना=Sonia Khanna; विनोद राठौर=Vinod Rathore; कृष्णा मूर्ति=Krishna Murthy; हरीश चंद्र=Harish Chandra")
AR_FIRST = pairs("محمد=Mohamed; أحمد=Ahmed; عمر=Omar; خالد=Khalid; يوسف=Youssef; إبراهيم=Ibrahim; حسن=Hassan; سارة=Sarah; فاطمة=Fatima; مريم=Mariam; نور=Nour; ليلى=Layla; هدى=Huda; طارق=Tariq; سامي=Sami; رامي=Rami; كريم=Karim; ياسمين=Yasmin; زينب=Zainab; وليد=Walid")
AR_LAST = pairs("الحسيني=Al-Husseini; المصري=Al-Masri; الخطيب=Al-Khatib; الحداد=Al-Haddad; النجار=Al-Najjar; الشامي=Al-Shami; الزعبي=Al-Zoubi; العمري=Al-Omari; التميمي=Al-Tamimi; الخوري=Al-Khoury; الرفاعي=Al-Rifai; البدوي=Al-Badawi; الصباغ=Al-Sabbagh; حمدان=Hamdan; منصور=Mansour; سليمان=Suleiman; القحطاني=Al-Qahtani; الدوسري=Al-Dosari; العتيبي=Al-Otaibi; الفارس=Al-Fares")
LA_FIRST = "José Juan Luis Carlos Jorge Miguel Pedro Alejandro Fernando Ricardo María Ana Carmen Rosa Lucía Gabriela Valentina Camila Daniela Sofía".split()
LA_LAST = "García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz Morales Ortiz Castillo Vargas Rojas Silva".split()
TH = pairs("สมชาย ใจดี=Somchai Jaidee; สมศักดิ์ ศรีสุข=Somsak Srisuk; วิชัย บุญมา=Wichai Boonma; ประเสริฐ สุขสวัสดิ์=Prasert Suksawat; สุนทร แสงทอง=Sunthorn Saengthong; นภา วงศ์ไทย=Napa Wongthai; กาญจนา พรหมมา=Kanchana Promma; อรุณ ทองดี=Arun Thongdee; ปิยะ รัตนพันธ์=Piya Rattanaphan; มาลี ศรีวงศ์=Malee Sriwong; ธนพล จันทร์เพ็ญ=Thanaphon Chanphen; ศิริพร มณีรัตน์=Siriporn Maneerat; สุรชัย เพชรดี=Surachai Phetdee; วรรณา สายทอง=Wanna Saithong; ชัยวัฒน์ อินทร์แก้ว=Chaiwat Inkaew; อนุชา พันธุ์ดี=Anucha Phandee; ปรีชา ศักดิ์สิทธิ์=Preecha Saksit; รัตนา บุญเรือง=Rattana Boonruang; ธีระ วงศ์สวัสดิ์=Theera Wongsawat; จันทร์เพ็ญ แก้วมณี=Chanpen Kaewmanee")
# Companies, ports, railways and banks that no shared list names (checked by hand against the files: those that are
# listed, e.g. Kamaz, Russian Railways / RZD Logistics, GAZ Group, were left out). Native spellings where common.
ORGS = pairs("""
ایران خودرو=Iran Khodro; سایپا=Saipa; سایپا=Saipa Corporation; АвтоВАЗ=AvtoVAZ; АвтоВАЗ=AO AvtoVAZ; Лада=Lada;
بندر انزلی=Bandar Anzali port; بندر امیرآباد=Amirabad port; بندر نوشهر=Nowshahr port; بندر آستارا=Astara port;
Порт Махачкала=Makhachkala port; Астраханский порт=Astrakhan port; Порт Оля=Olya port; Aktau port=Aktau port;
Turkmenbashi port=Turkmenbashi port; Aprin dry port=Aprin dry port; Qazvin rail terminal=Qazvin rail terminal;
Rasht rail terminal=Rasht rail terminal; Inche Burun station=Inche Burun station; Serhetyaka station=Serhetyaka station;
Bolashak station=Bolashak station; Beyneu junction=Beyneu junction; Azerbaijan Railways=Azerbaijan Railways;
Azərbaycan Dəmir Yolları=Azerbaycan Demir Yollari; راه آهن جمهوری اسلامی ایران=Iranian Railways;
Caspian ro-ro operator=Caspian ro-ro operator; Caspian shipping line=Caspian shipping line;
Toyota Motor Corporation=Toyota Motor Corporation; トヨタ自動車=Toyota Jidosha; Volkswagen AG=Volkswagen AG;
현대자동차=Hyundai Motor Company; 기아=Kia Corporation; Renault Group=Renault Group; Stellantis N.V.=Stellantis N.V.;
吉利汽车=Geely Automobile Holdings; 比亚迪=BYD Company Limited; 长城汽车=Great Wall Motor Company; 奇瑞汽车=Chery Automobile Co Ltd;
टाटा मोटर्स=Tata Motors Limited; महिंद्रा एंड महिंद्रा=Mahindra and Mahindra; Maruti Suzuki India=Maruti Suzuki India Limited;
Ford Motor Company=Ford Motor Company; General Motors=General Motors Company; Honda Motor Co., Ltd.=Honda Motor Co Ltd;
Nissan Motor Co., Ltd.=Nissan Motor Co Ltd; Mazda Motor Corporation=Mazda Motor Corporation; Skoda Auto a.s.=Skoda Auto;
Dacia=Automobile Dacia SA; Togg=Togg; Tofaş Türk Otomobil Fabrikası=Tofas Turk Otomobil Fabrikasi; Otokar=Otokar Otomotiv;
Robert Bosch GmbH=Robert Bosch GmbH; デンソー=Denso Corporation; Continental AG=Continental AG; ZF Friedrichshafen AG=ZF Friedrichshafen AG;
Magna International=Magna International Inc; Valeo SA=Valeo SA; アイシン=Aisin Corporation; Forvia=Forvia Faurecia;
Lear Corporation=Lear Corporation; Aptiv PLC=Aptiv PLC; 만도=HL Mando Corporation; 현대모비스=Hyundai Mobis;
Motherson Sumi Systems=Motherson Sumi Systems; Brembo S.p.A.=Brembo SpA; Mahle GmbH=Mahle GmbH; Schaeffler AG=Schaeffler AG;
BorgWarner Inc.=BorgWarner Inc; Autoliv Inc.=Autoliv Inc; 潍柴动力=Weichai Power; 福耀玻璃=Fuyao Glass Industry Group;
Port of Rotterdam Authority=Port of Rotterdam Authority; Hamburger Hafen und Logistik AG=Hamburger Hafen und Logistik AG;
Jawaharlal Nehru Port Authority=Jawaharlal Nehru Port Authority; 부산항만공사=Busan Port Authority; Porto de Santos=Port of Santos;
Mersin Uluslararası Liman=Mersin International Port; 上海国际港务集团=Shanghai International Port Group;
Deutsche Bahn AG=Deutsche Bahn AG; भारतीय रेल=Indian Railways; 한국철도공사=Korea Railroad Corporation;
Türkiye Cumhuriyeti Devlet Demiryolları=Turkish State Railways; Қазақстан темір жолы=Kazakhstan Temir Zholy;
O‘zbekiston temir yo‘llari=Uzbekistan Railways; 中国国家铁路集团=China State Railway Group;
Deutsche Bank AG=Deutsche Bank AG; HSBC Holdings plc=HSBC Holdings plc; Banco Santander S.A.=Banco Santander SA;
Türkiye Cumhuriyeti Ziraat Bankası=Ziraat Bankasi; Garanti BBVA=Garanti BBVA; भारतीय स्टेट बैंक=State Bank of India;
ICICI Bank=ICICI Bank Limited; 국민은행=Kookmin Bank; 中国工商银行=Industrial and Commercial Bank of China;
Banco do Brasil=Banco do Brasil SA; Bancolombia=Bancolombia SA; Itaú Unibanco=Itau Unibanco Holding;
بنك الإمارات دبي الوطني=Emirates NBD Bank; بنك قطر الوطني=Qatar National Bank; بنك الكويت الوطني=National Bank of Kuwait;
Halyk Bank=Halyk Bank of Kazakhstan; Kaspi Bank=Kaspi Bank; Raiffeisen Bank International=Raiffeisen Bank International AG
""")

def script_of(text):
    for ch in text:
        o = ord(ch)
        if 0x0400 <= o <= 0x04FF: return "Cyrillic"
        if 0x0600 <= o <= 0x06FF: return "Arabic"
        if 0x0900 <= o <= 0x097F: return "Devanagari"
        if 0x0E00 <= o <= 0x0E7F: return "Thai"
        if 0xAC00 <= o <= 0xD7AF: return "Hangul"
        if 0x3040 <= o <= 0x30FF: return "Han"  # Japanese kana counted with Han (few rows)
        if 0x4E00 <= o <= 0x9FFF: return "Han"
    return "Latin"

rows = []
def add(native, latin, typ, region):
    rows.append((latin, native, typ, region))
    if native != latin:
        rows.append((latin, latin, typ, region))

def combine(first, last, step, count):
    # deterministic, spread pairs: first[i], last[(i*step) % n]
    return [(first[i % len(first)], last[(i * step + i // len(first)) % len(last)]) for i in range(count)]

for (fn, fl), (ln, ll) in combine(IRAN_FIRST, IRAN_LAST, 7, 40): add(f"{fn} {ln}", f"{fl} {ll}", "Person", "Iran")
for i, ((fn, fl), (ln, ll)) in enumerate(combine(RU_FIRST_M + RU_FIRST_F, RU_LAST, 3, 40)):
    female = (fn, fl) in RU_FIRST_F
    add(f"{fn} {ln}{'а' if female else ''}", f"{fl} {ll}{'a' if female else ''}", "Person", "Russia")
for f, l in combine(TR_FIRST, TR_LAST, 7, 40): add(f"{f} {l}", f"{f} {l}", "Person", "Türkiye")
for n, l in CN: add(n, l, "Person", "China")
for n, l in KR: add(n, l, "Person", "Korea")
for n, l in IN: add(n, l, "Person", "India")
for (fn, fl), (ln, ll) in combine(AR_FIRST, AR_LAST, 9, 40): add(f"{fn} {ln}", f"{fl} {ll}", "Person", "Arab world")
for f, l in combine(LA_FIRST, LA_LAST, 7, 40): add(f"{f} {l}", f"{f} {l}", "Person", "Latin America")
for n, l in TH: add(n, l, "Person", "Thailand")
for n, l in ORGS: add(n, l, "Organization", "companies")

seen = set()
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["key", "name", "script", "type", "birth_year", "region", "part"])
for key, name, typ, region in rows:
    if name in seen:
        continue
    seen.add(name)
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    part = "holdout" if digest[0] % 2 == 1 else "tuning"
    year = str(1950 + digest[1] % 50) if typ == "Person" else ""
    w.writerow([key, name, script_of(name), typ, year, region, part])
