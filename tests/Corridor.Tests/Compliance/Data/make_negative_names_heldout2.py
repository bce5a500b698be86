#!/usr/bin/env python3
"""Writes negative_names_heldout2.csv: a SECOND, wholly held-out set of names on no shared sanctions list (issue 16).

Built on 2026-12-07 before any change to the matcher past corridor-match-1.2, and committed before the matcher was
touched: the first set's held-out half (negative_names.csv, part 'holdout') had been looked at while matcher 2.0 was
tuned, so it is no longer clean. Every row of this file is part 'clean': never used to choose a rule, a word list or a
constant; it is measured only at milestones (docs/compliance-quality.md, docs/decisions/024-screening-held-out-sets.md).

Contents: common given names and surnames (combined deterministically into full names) of Iran, Russia, Ukraine,
Bulgaria, Serbia, Türkiye, China, India, Korea, Japan, the Arab world, Latin America and Europe (incl. Greece), in their
own script and in Latin; and car makers, parts makers, ports, railways, banks and logistics firms, in their own script
where they have one. None of these names is taken from negative_names.csv (a name that is there is skipped). Companies
that the shared lists name (checked by a text search of the list files: Bahman Group and Kapital Bank are, and are not here)
were left out; a person row may still be a homonym of a listed person, which the report counts apart.

Columns: key,name,script,type,birth_year,region,part (as negative_names.csv; part is always 'clean').
birth_year: 1950 + (second byte of SHA-256 of the key) % 50 for persons. Deterministic.
Usage: python3 make_negative_names_heldout2.py > negative_names_heldout2.csv
"""
import csv, hashlib, os, sys

def pairs(s):
    out = []
    for item in s.strip().split(';'):
        item = item.strip()
        if item:
            native, latin = item.split('=')
            out.append((native.strip(), latin.strip()))
    return out

IR_FIRST = pairs("محسن=Mohsen; حمید=Hamid; مسعود=Masoud; بهنام=Behnam; فرید=Farid; پیمان=Peyman; امید=Omid; بابک=Babak; کوروش=Kourosh; سیاوش=Siavash; نوید=Navid; الهام=Elham; مهسا=Mahsa; نیلوفر=Niloufar; شبنم=Shabnam; رویا=Roya; آزاده=Azadeh; گلناز=Golnaz; سمیرا=Samira; جواد=Javad")
IR_LAST = pairs("ابراهیمی=Ebrahimi; سلطانی=Soltani; نظری=Nazari; قربانی=Ghorbani; جلالی=Jalali; امینی=Amini; باقری=Bagheri; رستمی=Rostami; حیدری=Heidari; خسروی=Khosravi; توکلی=Tavakoli; زمانی=Zamani; اسدی=Asadi; نجفی=Najafi; میرزایی=Mirzaei; صالحی=Salehi; کیانی=Kiani; اسماعیلی=Esmaeili; رنجبر=Ranjbar; دانشور=Daneshvar")
RU_M = pairs("Александр=Aleksandr; Максим=Maksim; Роман=Roman; Евгений=Evgeny; Виталий=Vitaly; Григорий=Grigory; Фёдор=Fyodor; Тимур=Timur; Станислав=Stanislav; Борис=Boris; Вадим=Vadim; Кирилл=Kirill; Илья=Ilya")
RU_F = pairs("Екатерина=Ekaterina; Анастасия=Anastasia; Дарья=Darya; Полина=Polina; Вера=Vera; Людмила=Lyudmila; Галина=Galina; Алина=Alina; Марина=Marina; Евгения=Evgenia")
RU_LAST = pairs("Орлов=Orlov; Андреев=Andreev; Макаров=Makarov; Никитин=Nikitin; Соловьёв=Solovyov; Борисов=Borisov; Яковлев=Yakovlev; Григорьев=Grigoryev; Романов=Romanov; Воробьёв=Vorobyov; Сергеев=Sergeev; Кузьмин=Kuzmin; Фролов=Frolov; Александров=Aleksandrov; Дмитриев=Dmitriev; Королёв=Korolyov; Гусев=Gusev; Киселёв=Kiselyov; Ильин=Ilyin; Максимов=Maksimov; Поляков=Polyakov; Сорокин=Sorokin; Комаров=Komarov; Титов=Titov")
SLAV = pairs("Олександр Коваленко=Oleksandr Kovalenko; Андрій Бондаренко=Andriy Bondarenko; Наталія Ткаченко=Nataliia Tkachenko; Оксана Мельник=Oksana Melnyk; Богдан Шевчук=Bohdan Shevchuk; Ірина Бойко=Iryna Boiko; Василь Поліщук=Vasyl Polishchuk; Тетяна Савченко=Tetiana Savchenko; Микола Лисенко=Mykola Lysenko; Галина Руденко=Halyna Rudenko; Георги Стоянов=Georgi Stoyanov; Димитър Петков=Dimitar Petkov; Мария Георгиева=Maria Georgieva; Стоян Николов=Stoyan Nikolov; Цветелина Димитрова=Tsvetelina Dimitrova; Милош Јовановић=Milos Jovanovic; Јелена Петровић=Jelena Petrovic; Никола Ђорђевић=Nikola Djordjevic; Марко Николић=Marko Nikolic; Драгана Стојановић=Dragana Stojanovic")
TR_FIRST = "Kemal Hakan Volkan Cengiz Onur Barış Tolga Kadir Yusuf Ömer Selin Ebru Esra Merve Büşra Derya Sibel Aslı Tuba Gamze".split()
TR_LAST = "Güneş Acar Aksoy Ateş Bulut Karaca Korkmaz Özkan Şimşek Tekin Uçar Ünal Yavuz Yücel Güler Keskin Kaplan Sarı Bayram Akın".split()
CN = pairs("陈志明=Chen Zhiming; 王秀兰=Wang Xiulan; 李建华=Li Jianhua; 张丽娟=Zhang Lijuan; 刘德华=Liu Dehua; 杨晓燕=Yang Xiaoyan; 黄志刚=Huang Zhigang; 赵丽颖=Zhao Liying; 周建平=Zhou Jianping; 吴晓明=Wu Xiaoming; 孙红梅=Sun Hongmei; 马云飞=Ma Yunfei; 朱晓峰=Zhu Xiaofeng; 胡海涛=Hu Haitao; 郭晶晶=Guo Jingjing; 何雪梅=He Xuemei; 高志远=Gao Zhiyuan; 林志玲=Lin Zhiling; 罗玉凤=Luo Yufeng; 梁志华=Liang Zhihua; 宋佳=Song Jia; 郑凯=Zheng Kai; 谢娜=Xie Na; 冯小刚=Feng Xiaogang; 程丽=Cheng Li; 萧敬腾=Xiao Jingteng; 邱志杰=Qiu Zhijie; 魏晨=Wei Chen; 沈腾=Shen Teng; 叶倩文=Ye Qianwen")
KR = pairs("김지수=Kim Ji-su; 이현우=Lee Hyun-woo; 박서준=Park Seo-jun; 최지우=Choi Ji-woo; 정해인=Jung Hae-in; 강동원=Kang Dong-won; 조인성=Jo In-sung; 윤아름=Yoon A-reum; 장민호=Jang Min-ho; 임수정=Lim Su-jeong; 한예슬=Han Ye-seul; 오지호=Oh Ji-ho; 서현진=Seo Hyun-jin; 신민아=Shin Min-a; 권상우=Kwon Sang-woo; 황정민=Hwang Jung-min; 안성기=Ahn Sung-ki; 송혜교=Song Hye-kyo; 류준열=Ryu Jun-yeol; 전도연=Jeon Do-yeon; 고소영=Ko So-young; 문재희=Moon Jae-hee; 배용준=Bae Yong-joon; 손예진=Son Ye-jin; 양동근=Yang Dong-geun; 김태리=Kim Tae-ri; 이병헌=Lee Byung-hun; 박보영=Park Bo-young; 최민식=Choi Min-sik; 정우성=Jung Woo-sung")
JP = pairs("佐藤健=Sato Takeru; 鈴木一郎=Suzuki Ichiro; 高橋直子=Takahashi Naoko; 田中健一=Tanaka Kenichi; 渡辺美咲=Watanabe Misaki; 山本太一=Yamamoto Taichi; 中村裕子=Nakamura Yuko; 小林大輔=Kobayashi Daisuke; 加藤優子=Kato Yuko; 吉田拓也=Yoshida Takuya; 山口智子=Yamaguchi Tomoko; 松本潤=Matsumoto Jun; 井上陽子=Inoue Yoko; 木村拓哉=Kimura Takuya; 林修=Hayashi Osamu; 清水健太=Shimizu Kenta; 山崎賢人=Yamazaki Kento; 森由美=Mori Yumi; 池田勇人=Ikeda Hayato; 橋本真也=Hashimoto Shinya; 阿部寛=Abe Hiroshi; 石川遼=Ishikawa Ryo; 前田敦子=Maeda Atsuko; 藤田浩=Fujita Hiroshi; 岡田准一=Okada Junichi; 後藤久美子=Goto Kumiko; 長谷川博己=Hasegawa Hiroki; 村上春樹=Murakami Haruki; 近藤麻理恵=Kondo Marie; 斎藤誠=Saito Makoto")
IN = pairs("अजय देवगन=Ajay Devgan; अनिल कपूर=Anil Kapoor; सचिन तेंदुलकर=Sachin Tendulkar; विराट कोहली=Virat Kohli; प्रकाश जैन=Prakash Jain; सुनील शेट्टी=Sunil Shetty; रमेश चौहान=Ramesh Chauhan; मुकेश अंबानी=Mukesh Ambani; गीता रानी=Geeta Rani; आशा भोसले=Asha Bhosle; राकेश शर्मा=Rakesh Sharma; पंकज त्रिपाठी=Pankaj Tripathi; शिल्पा शेट्टी=Shilpa Shetty; दिनेश कार्तिक=Dinesh Karthik; अरविंद केजरीवाल=Arvind Kejriwal; महेश बाबू=Mahesh Babu; हेमा मालिनी=Hema Malini; किरण बेदी=Kiran Bedi; सुधा मूर्ति=Sudha Murty; नवीन पटनायक=Naveen Patnaik; अशोक गहलोत=Ashok Gehlot; मनीषा कोइराला=Manisha Koirala; योगेश प्रजापति=Yogesh Prajapati; सुमन देसाई=Suman Desai; भरत ठाकुर=Bharat Thakur; उषा नाडकर्णी=Usha Nadkarni; सौरभ गांगुली=Saurabh Ganguly; प्रीति जिंटा=Preeti Zinta; आनंद महिंद्रा=Anand Mahindra; रतन टाटा=Ratan Tata")
AR_FIRST = pairs("مصطفى=Mustafa; علي=Ali; حمزة=Hamza; بلال=Bilal; عادل=Adel; نبيل=Nabil; سمير=Samir; ماجد=Majid; فيصل=Faisal; أنس=Anas; زياد=Ziad; أمل=Amal; رانيا=Rania; دينا=Dina; سلمى=Salma; هالة=Hala; نادية=Nadia; ريم=Reem; لينا=Lina; عبد الله=Abdullah")
AR_LAST = pairs("الأحمد=Al-Ahmad; العلي=Al-Ali; الجبوري=Al-Jubouri; السعدي=Al-Saadi; الكبيسي=Al-Kubaisi; الشمري=Al-Shammari; المطيري=Al-Mutairi; الغامدي=Al-Ghamdi; الزهراني=Al-Zahrani; الحربي=Al-Harbi; العنزي=Al-Anazi; النعيمي=Al-Nuaimi; الكعبي=Al-Kaabi; الطحان=Al-Tahhan; عثمان=Othman; يعقوب=Yacoub; درويش=Darwish; عوض=Awad; صالح=Saleh; جابر=Jaber")
LA_FIRST = "Diego Andrés Javier Sergio Eduardo Raúl Manuel Francisco Roberto Antonio Paula Andrea Mariana Isabel Patricia Claudia Verónica Adriana Natalia Fernanda".split()
LA_LAST = "Mendoza Guerrero Herrera Medina Aguilar Jiménez Ruiz Álvarez Romero Navarro Domínguez Vázquez Castro Ramos Suárez Moreno Gutiérrez Cruz Reyes Núñez".split()
EU = ("Thomas Müller; Anna Schmidt; Lukas Weber; Julia Wagner; Stefan Becker; Katrin Hoffmann; Jean Dupont; Marie Laurent; "
      "Pierre Moreau; Sophie Lefèvre; Nicolas Girard; Camille Bonnet; Giuseppe Rossi; Francesca Bianchi; Marco Ricci; "
      "Chiara Romano; Alessandro Colombo; Giulia Esposito; Piotr Nowak; Katarzyna Kowalska; Tomasz Wiśniewski; "
      "Agnieszka Wójcik; Jan de Vries; Sanne Jansen; Pieter Bakker; Lars Andersson; Ingrid Johansson; Mikkel Nielsen; "
      "Sofie Hansen; João Ferreira; Inês Carvalho; Pablo Fernández; Lucía Martín; Jakub Novák; Tereza Dvořáková; "
      "Horváth Éva; Nagy László; Niamh Murphy; Seán O'Brien; Matti Virtanen; Aino Korhonen; Andrei Popescu; Elena Ionescu").split("; ")
GR = pairs("Γιώργος Παπαδόπουλος=Giorgos Papadopoulos; Μαρία Παπαδοπούλου=Maria Papadopoulou; Δημήτρης Νικολάου=Dimitris Nikolaou; Ελένη Γεωργίου=Eleni Georgiou; Κωνσταντίνος Οικονόμου=Konstantinos Oikonomou; Αικατερίνη Βασιλείου=Aikaterini Vasileiou; Ιωάννης Αντωνίου=Ioannis Antoniou; Σοφία Καραγιάννη=Sofia Karagianni; Νίκος Μαυρίδης=Nikos Mavridis; Αναστασία Χριστοδούλου=Anastasia Christodoulou; Παναγιώτης Αθανασίου=Panagiotis Athanasiou; Βασιλική Μιχαηλίδου=Vasiliki Michailidou")

ORGS = pairs("""
Bayerische Motoren Werke AG=Bayerische Motoren Werke AG; Mercedes-Benz Group AG=Mercedes-Benz Group AG; Audi AG=Audi AG;
Dr. Ing. h.c. F. Porsche AG=Porsche AG; Volvo Car Corporation=Volvo Car Corporation; Scania AB=Scania AB;
MAN Truck & Bus SE=MAN Truck and Bus SE; Iveco Group N.V.=Iveco Group NV; Ferrari N.V.=Ferrari NV;
三菱自動車工業株式会社=Mitsubishi Motors Corporation; スズキ株式会社=Suzuki Motor Corporation; いすゞ自動車=Isuzu Motors Limited;
株式会社SUBARU=Subaru Corporation; 上海汽车集团股份有限公司=SAIC Motor Corporation Limited; 广州汽车集团股份有限公司=Guangzhou Automobile Group Co Ltd;
东风汽车集团有限公司=Dongfeng Motor Group Company Limited; 重庆长安汽车股份有限公司=Chongqing Changan Automobile Company Limited;
蔚来汽车=NIO Inc; 理想汽车=Li Auto Inc; 小鹏汽车=XPeng Inc; 北京汽车集团有限公司=Beijing Automotive Group Co Ltd;
江淮汽车=Anhui Jianghuai Automobile Group; 宇通客车=Yutong Bus Co Ltd; 케이지모빌리티=KG Mobility; 한국지엠=GM Korea Company;
अशोक लेलैंड=Ashok Leyland Limited; बजाज ऑटो=Bajaj Auto Limited; हीरो मोटोकॉर्प=Hero MotoCorp Limited; Eicher Motors=Eicher Motors Limited;
Ford Otosan=Ford Otomotiv Sanayi AS; Anadolu Isuzu=Anadolu Isuzu Otomotiv; Karsan Otomotiv=Karsan Otomotiv Sanayii;
BMC Otomotiv=BMC Otomotiv Sanayi ve Ticaret; پارس خودرو=Pars Khodro; کرمان موتور=Kerman Motor;
مدیران خودرو=Modiran Vehicle Manufacturing; Marcopolo S.A.=Marcopolo SA; Agrale S.A.=Agrale SA; DINA Camiones=DINA Camiones SA;
Hella GmbH & Co. KGaA=Hella GmbH and Co KGaA; Knorr-Bremse AG=Knorr-Bremse AG; Webasto SE=Webasto SE; Eberspächer Gruppe=Eberspaecher Group;
현대위아=Hyundai Wia Corporation; 한온시스템=Hanon Systems; 한국타이어앤테크놀로지=Hankook Tire and Technology;
株式会社ブリヂストン=Bridgestone Corporation; 住友電気工業株式会社=Sumitomo Electric Industries Ltd; 矢崎総業株式会社=Yazaki Corporation;
宁德时代新能源科技股份有限公司=Contemporary Amperex Technology Co Limited; 敏实集团=Minth Group Limited; 万向集团公司=Wanxiang Group Corporation;
山东玲珑轮胎股份有限公司=Shandong Linglong Tyre Co Ltd; Bharat Forge=Bharat Forge Limited; Sundram Fasteners=Sundram Fasteners Limited;
Uno Minda=Uno Minda Limited; Exide Industries=Exide Industries Limited; Compagnie Générale des Établissements Michelin=Michelin;
Pirelli & C. S.p.A.=Pirelli and C SpA; Goodyear Tire & Rubber Company=Goodyear Tire and Rubber Company; Tenneco Inc.=Tenneco Inc;
Dana Incorporated=Dana Incorporated; Gestamp Automoción S.A.=Gestamp Automocion SA; Nexteer Automotive=Nexteer Automotive Group;
Cummins Inc.=Cummins Inc; Allison Transmission=Allison Transmission Holdings;
Port of Antwerp-Bruges=Port of Antwerp-Bruges; Autoridad Portuaria de Valencia=Valencia Port Authority;
Οργανισμός Λιμένος Πειραιώς=Piraeus Port Authority; موانئ أبوظبي=Abu Dhabi Ports Group; ميناء جبل علي=Jebel Ali Port;
宁波舟山港股份有限公司=Ningbo Zhoushan Port Company Limited; 青岛港国际股份有限公司=Qingdao Port International Co Ltd;
横浜港=Port of Yokohama; 인천항만공사=Incheon Port Authority; Port Klang Authority=Port Klang Authority; PSA International=PSA International Pte Ltd;
Ambarlı Limanı=Ambarli Port; Haydarpaşa Limanı=Haydarpasa Port; Poti Sea Port=Poti Sea Port Corporation;
Bakı Beynəlxalq Dəniz Ticarət Limanı=Baku International Sea Trade Port; بندر چابهار=Chabahar port; بندر عباس=Bandar Abbas port;
Adani Ports and Special Economic Zone=Adani Ports and Special Economic Zone Limited; चेन्नई पोर्ट=Chennai Port Authority;
Autoridad Portuaria Nacional del Perú=Peru National Port Authority; Puerto de Manzanillo=Port of Manzanillo;
SNCF Voyageurs=SNCF Voyageurs; Österreichische Bundesbahnen=Austrian Federal Railways; Schweizerische Bundesbahnen=Swiss Federal Railways;
PKP Polskie Koleje Państwowe=PKP Polish State Railways; České dráhy=Czech Railways; Trenitalia S.p.A.=Trenitalia SpA; Renfe Operadora=Renfe Operadora;
Nederlandse Spoorwegen=Dutch Railways; 東日本旅客鉄道株式会社=East Japan Railway Company; 西日本旅客鉄道=West Japan Railway Company;
Укрзалізниця=Ukrzaliznytsia; Pakistan Railways=Pakistan Railways; قطارات الاتحاد=Etihad Rail; الخطوط الحديدية السعودية=Saudi Arabia Railways;
Amtrak=National Railroad Passenger Corporation; Union Pacific Railroad=Union Pacific Railroad Company; Canadian National Railway=Canadian National Railway Company;
서울교통공사=Seoul Metro; 中国铁路物资集团=China Railway Materials Group; Türkmendemirýollary=Turkmen Railways;
BNP Paribas=BNP Paribas SA; Société Générale=Societe Generale SA; Crédit Agricole=Credit Agricole SA; UniCredit S.p.A.=UniCredit SpA;
Intesa Sanpaolo=Intesa Sanpaolo SpA; ING Groep N.V.=ING Groep NV; ABN AMRO Bank=ABN AMRO Bank NV; Commerzbank AG=Commerzbank AG;
Barclays PLC=Barclays PLC; Lloyds Banking Group=Lloyds Banking Group plc; UBS Group AG=UBS Group AG; Nordea Bank Abp=Nordea Bank Abp;
Danske Bank A/S=Danske Bank; Banco Bilbao Vizcaya Argentaria=Banco Bilbao Vizcaya Argentaria SA; CaixaBank=CaixaBank SA;
中国银行股份有限公司=Bank of China Limited; 中国建设银行=China Construction Bank Corporation; 中国农业银行=Agricultural Bank of China;
招商银行=China Merchants Bank; 株式会社三菱UFJ銀行=MUFG Bank Ltd; 株式会社みずほ銀行=Mizuho Bank Ltd; 三井住友銀行=Sumitomo Mitsui Banking Corporation;
신한은행=Shinhan Bank; 우리은행=Woori Bank; 하나은행=Hana Bank; HDFC Bank=HDFC Bank Limited; पंजाब नेशनल बैंक=Punjab National Bank;
बैंक ऑफ़ बड़ौदा=Bank of Baroda; Akbank T.A.Ş.=Akbank TAS; Türkiye İş Bankası=Turkiye Is Bankasi; Yapı Kredi=Yapi ve Kredi Bankasi;
VakıfBank=Turkiye Vakiflar Bankasi; مصرف الراجحي=Al Rajhi Bank; البنك الأهلي السعودي=Saudi National Bank; بنك مصر=Banque Misr;
البنك العربي=Arab Bank; بنك أبوظبي الأول=First Abu Dhabi Bank; Banco Bradesco=Banco Bradesco SA; Grupo Financiero Banorte=Grupo Financiero Banorte;
Banco de Chile=Banco de Chile; Banco de Crédito del Perú=Banco de Credito del Peru; PAŞA Bank=PASHA Bank;
Deutsche Post DHL Group=Deutsche Post DHL Group; Kuehne + Nagel International AG=Kuehne and Nagel International AG; DSV A/S=DSV AS;
DB Schenker=DB Schenker; A.P. Møller - Mærsk A/S=AP Moller Maersk AS; Mediterranean Shipping Company=Mediterranean Shipping Company SA;
CMA CGM=CMA CGM SA; Hapag-Lloyd AG=Hapag-Lloyd AG; 長榮海運=Evergreen Marine Corporation; 日本郵船株式会社=Nippon Yusen Kabushiki Kaisha;
株式会社商船三井=Mitsui OSK Lines; 에이치엠엠=HMM Co Ltd; 陽明海運=Yang Ming Marine Transport Corporation; ZIM Integrated Shipping Services=ZIM Integrated Shipping Services;
Arkas Holding=Arkas Holding AS; Borusan Lojistik=Borusan Lojistik; Ekol Lojistik=Ekol Logistics; CEVA Logistics=CEVA Logistics;
Geodis=Geodis SA; Expeditors International=Expeditors International of Washington; C.H. Robinson=CH Robinson Worldwide; XPO Inc.=XPO Inc;
日本通運株式会社=Nippon Express Co Ltd; 顺丰速运=SF Express; 中国外运股份有限公司=Sinotrans Limited; 菜鸟网络=Cainiao Network;
أرامكس=Aramex PJSC; Allcargo Logistics=Allcargo Logistics Limited; Blue Dart Express=Blue Dart Express Limited;
Container Corporation of India=Container Corporation of India Limited; 한진=Hanjin Transportation; CJ대한통운=CJ Logistics Corporation
""")

def script_of(text):
    for ch in text:
        o = ord(ch)
        if 0x0370 <= o <= 0x03FF: return "Greek"
        if 0x0400 <= o <= 0x04FF: return "Cyrillic"
        if 0x0600 <= o <= 0x06FF: return "Arabic"
        if 0x0900 <= o <= 0x097F: return "Devanagari"
        if 0x0E00 <= o <= 0x0E7F: return "Thai"
        if 0xAC00 <= o <= 0xD7AF: return "Hangul"
        if 0x3040 <= o <= 0x30FF: return "Han"  # Japanese kana counted with Han, as in negative_names.csv
        if 0x4E00 <= o <= 0x9FFF: return "Han"
    return "Latin"

def combine(first, last, step, count):
    return [(first[i % len(first)], last[(i * step + i // len(first)) % len(last)]) for i in range(count)]

rows = []
def add(native, latin, typ, region):
    rows.append((latin, native, typ, region))
    if native != latin:
        rows.append((latin, latin, typ, region))

for (fn, fl), (ln, ll) in combine(IR_FIRST, IR_LAST, 7, 30): add(f"{fn} {ln}", f"{fl} {ll}", "Person", "Iran")
for (fn, fl), (ln, ll) in combine(RU_M + RU_F, RU_LAST, 5, 30):
    female = (fn, fl) in RU_F
    add(f"{fn} {ln}{'а' if female else ''}", f"{fl} {ll}{'a' if female else ''}", "Person", "Russia")
for n, l in SLAV: add(n, l, "Person", "Ukraine, Bulgaria, Serbia")
for f, l in combine(TR_FIRST, TR_LAST, 7, 30): add(f"{f} {l}", f"{f} {l}", "Person", "Türkiye")
for n, l in CN: add(n, l, "Person", "China")
for n, l in KR: add(n, l, "Person", "Korea")
for n, l in JP: add(n, l, "Person", "Japan")
for n, l in IN: add(n, l, "Person", "India")
for (fn, fl), (ln, ll) in combine(AR_FIRST, AR_LAST, 9, 30): add(f"{fn} {ln}", f"{fl} {ll}", "Person", "Arab world")
for f, l in combine(LA_FIRST, LA_LAST, 7, 30): add(f"{f} {l}", f"{f} {l}", "Person", "Latin America")
for n in EU: add(n, n, "Person", "Europe")
for n, l in GR: add(n, l, "Person", "Greece")
for n, l in ORGS: add(n, l, "Organization", "companies")

first = os.path.join(os.path.dirname(os.path.abspath(__file__)), "negative_names.csv")
with open(first, encoding="utf-8") as f:
    seen = {r["name"] for r in csv.DictReader(f)}
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["key", "name", "script", "type", "birth_year", "region", "part"])
for key, name, typ, region in rows:
    if name in seen:
        continue
    seen.add(name)
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    year = str(1950 + digest[1] % 50) if typ == "Person" else ""
    w.writerow([key, name, script_of(name), typ, year, region, "clean"])
