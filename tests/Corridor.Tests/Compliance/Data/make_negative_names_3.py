#!/usr/bin/env python3
"""Writes negative_names_tuning3.csv and negative_names_heldout3.csv: a third set of names on no shared sanctions list
(issue 16), large per script, split at random (by a hash of the key) into a TUNING half and a CLEAN held-out half.

Built on 2026-12-08 and committed before any change to the matcher past corridor-match-2.3. The tuning half may be read
name by name and used to choose rules; the clean half is measured only at milestones and its alerts are counted, never
listed (docs/compliance-quality.md, docs/decisions/024-screening-held-out-sets.md). negative_names_heldout2.csv had
been read at four milestones and is no longer the figure to quote alone.

Contents: common given names and surnames of Russia, Kazakhstan, Azerbaijan, Uzbekistan, Iran, the Arab world, China,
Korea, Japan, India, Thailand, Greece, Türkiye, Vietnam, Latin America and the English-speaking world — combined
deterministically into full names, in their own script and in Latin (with and without diacritics where a user's system
may fold them) — and car makers, parts makers, ports, railways, banks and logistics firms of the world in their own
script where they have one. A name already in negative_names.csv or negative_names_heldout2.csv is skipped. An
organisation whose Latin or native name occurs anywhere in the text of the shared list files is left out (a real listed
company is not a negative); a person row may still be a homonym of a listed person, which the report counts apart.

Columns: key,name,script,type,birth_year,region,part. part is 'tuning' or 'clean' (first byte of SHA-256 of the key,
even → tuning, odd → clean, so that a name and its transliteration fall in the same half).
birth_year: 1950 + (second byte of SHA-256 of the key) % 50 for persons. Deterministic.
Usage: python3 make_negative_names_3.py SANCTIONS_FOLDER   (writes both files beside this script)
"""
import csv, hashlib, os, sys, unicodedata

def pairs(s):
    out = []
    for item in s.strip().split(';'):
        item = item.strip()
        if item:
            native, latin = item.split('=')
            out.append((native.strip(), latin.strip()))
    return out

RU_M = pairs("Алексей=Aleksei; Дмитрий=Dmitry; Сергей=Sergei; Андрей=Andrei; Николай=Nikolai; Михаил=Mikhail; Иван=Ivan; Павел=Pavel; Олег=Oleg; Юрий=Yury; Игорь=Igor; Антон=Anton; Артём=Artyom; Денис=Denis; Константин=Konstantin; Леонид=Leonid; Пётр=Pyotr; Степан=Stepan; Ярослав=Yaroslav; Глеб=Gleb; Матвей=Matvei; Арсений=Arseny; Никита=Nikita; Егор=Egor")
RU_F = pairs("Ольга=Olga; Татьяна=Tatyana; Елена=Elena; Наталья=Natalya; Ирина=Irina; Светлана=Svetlana; Юлия=Yulia; Ксения=Ksenia; Валентина=Valentina; Софья=Sofya; Виктория=Viktoria; Надежда=Nadezhda; Любовь=Lyubov; Елизавета=Elizaveta; Варвара=Varvara")
RU_LAST = pairs("""Смирнов=Smirnov; Кузнецов=Kuznetsov; Попов=Popov; Васильев=Vasilyev; Петров=Petrov; Соколов=Sokolov; Михайлов=Mikhailov;
Новиков=Novikov; Фёдоров=Fyodorov; Морозов=Morozov; Волков=Volkov; Алексеев=Alekseev; Лебедев=Lebedev; Семёнов=Semyonov;
Егоров=Egorov; Павлов=Pavlov; Козлов=Kozlov; Степанов=Stepanov; Николаев=Nikolaev; Захаров=Zakharov; Зайцев=Zaitsev; Белов=Belov;
Тарасов=Tarasov; Беляев=Belyaev; Жуков=Zhukov; Виноградов=Vinogradov; Богданов=Bogdanov; Калинин=Kalinin; Баранов=Baranov;
Голубев=Golubev; Карпов=Karpov; Афанасьев=Afanasyev; Власов=Vlasov; Маслов=Maslov; Исаков=Isakov; Тихонов=Tikhonov; Гаврилов=Gavrilov;
Родионов=Rodionov; Котов=Kotov; Горбунов=Gorbunov; Кудрявцев=Kudryavtsev; Быков=Bykov; Зуев=Zuev; Третьяков=Tretyakov; Савельев=Savelyev;
Панов=Panov; Рыбаков=Rybakov; Суворов=Suvorov; Абрамов=Abramov; Воронов=Voronov; Мухин=Mukhin; Архипов=Arkhipov; Трофимов=Trofimov;
Мартынов=Martynov; Емельянов=Emelyanov; Горшков=Gorshkov; Чернов=Chernov; Овчинников=Ovchinnikov; Селезнёв=Seleznyov; Панфилов=Panfilov;
Копылов=Kopylov; Михеев=Mikheev; Галкин=Galkin; Назаров=Nazarov; Лобанов=Lobanov; Лукин=Lukin; Беляков=Belyakov; Потапов=Potapov;
Некрасов=Nekrasov; Хохлов=Khokhlov; Жданов=Zhdanov; Наумов=Naumov; Шилов=Shilov; Воронцов=Vorontsov; Ермаков=Ermakov; Дроздов=Drozdov;
Игнатьев=Ignatyev; Савин=Savin; Логинов=Loginov; Сафонов=Safonov; Капустин=Kapustin; Кириллов=Kirillov; Моисеев=Moiseev; Елисеев=Eliseev;
Кошелев=Koshelev; Костин=Kostin; Орехов=Orekhov; Ефремов=Efremov; Исаев=Isaev; Евдокимов=Evdokimov; Кабанов=Kabanov; Носков=Noskov;
Юдин=Yudin; Кулагин=Kulagin; Лапин=Lapin; Прохоров=Prokhorov; Нестеров=Nesterov; Харитонов=Kharitonov; Агафонов=Agafonov; Муравьёв=Muravyov;
Ларионов=Larionov; Федосеев=Fedoseev; Зимин=Zimin; Пахомов=Pakhomov; Шубин=Shubin; Игнатов=Ignatov; Филатов=Filatov; Крюков=Kryukov;
Рогов=Rogov; Кулаков=Kulakov; Терентьев=Terentyev; Молчанов=Molchanov; Артемьев=Artemyev; Гурьев=Guryev; Гришин=Grishin; Кононов=Kononov;
Ситников=Sitnikov; Симонов=Simonov; Мишин=Mishin; Фадеев=Fadeev; Мамонтов=Mamontov; Носов=Nosov; Гуляев=Gulyaev; Шаров=Sharov;
Устинов=Ustinov; Вишняков=Vishnyakov; Евсеев=Evseev; Брагин=Bragin; Корнилов=Kornilov; Авдеев=Avdeev; Зыков=Zykov; Бирюков=Biryukov;
Никонов=Nikonov; Щукин=Shchukin; Одинцов=Odintsov; Сазонов=Sazonov; Гордеев=Gordeev; Самойлов=Samoilov; Князев=Knyazev; Уваров=Uvarov;
Доронин=Doronin; Рожков=Rozhkov; Самсонов=Samsonov; Мясников=Myasnikov; Буров=Burov; Сысоев=Sysoev; Русаков=Rusakov; Стрелков=Strelkov;
Гущин=Gushchin; Колобов=Kolobov; Субботин=Subbotin; Фокин=Fokin; Блохин=Blokhin; Пестов=Pestov; Кондратьев=Kondratyev; Силин=Silin""")
KZ = pairs("""Ерлан Сейткали=Yerlan Seitkali; Айгерим Жумабаева=Aigerim Zhumabayeva; Асель Касымова=Assel Kassymova; Данияр Ахметов=Daniyar Akhmetov;
Бауыржан Омаров=Baurzhan Omarov; Жанар Сапарова=Zhanar Saparova; Арман Нургалиев=Arman Nurgaliyev; Мадина Абдрахманова=Madina Abdrakhmanova;
Ержан Тлеубаев=Yerzhan Tleubayev; Гульнара Бекова=Gulnara Bekova; Айдос Жаксылыков=Aidos Zhaksylykov; Сауле Искакова=Saule Iskakova;
Тимур Сулейменов=Timur Suleimenov; Алия Мусина=Aliya Mussina; Серик Байжанов=Serik Baizhanov; Дамир Кенжебаев=Damir Kenzhebayev;
Айнур Толеуова=Ainur Toleuova; Ескендир Жумагулов=Yeskendir Zhumagulov; Камила Нурланова=Kamila Nurlanova; Руслан Абишев=Ruslan Abishev;
Жандос Сарсенбаев=Zhandos Sarsenbayev; Динара Ермекова=Dinara Yermekova; Нурлан Утебаев=Nurlan Utebayev; Гаухар Садыкова=Gaukhar Sadykova""")
AZ = ["Elvin Məmmədov", "Rəşad Hüseynov", "Leyla Quliyeva", "Nigar Həsənova", "Tural İsmayılov", "Fərid Abbasov", "Aysel Rzayeva",
      "Kamran Cəfərov", "Səbinə Nəsibova", "Orxan Babayev", "Günel Kərimova", "Vüsal Qasımov", "Ülviyyə Səfərova", "Emin Rəhimov",
      "Jasur Karimov", "Dilnoza Yusupova", "Sardor Rakhimov", "Nodira Tursunova", "Bekzod Abdullayev", "Malika Nazarova",
      "Otabek Umarov", "Shahnoza Ergasheva", "Sherzod Khodjayev", "Gulnora Mirzayeva", "Ulugbek Sobirov", "Zarina Tashkentova"]
IR_FIRST = pairs("""علیرضا=Alireza; مهدی=Mehdi; رضا=Reza; حسین=Hossein; امیر=Amir; سعید=Saeed; مجید=Majid; کامران=Kamran; آرش=Arash;
داریوش=Dariush; فرهاد=Farhad; بهروز=Behrouz; شهرام=Shahram; پرویز=Parviz; نادر=Nader; سهراب=Sohrab; مریم=Maryam; زهرا=Zahra;
فاطمه=Fatemeh; سارا=Sara; لیلا=Leila; نرگس=Narges; پریسا=Parisa; مینا=Mina; فرشته=Fereshteh; ساناز=Sanaz; نازنین=Nazanin;
ترانه=Taraneh; شیرین=Shirin; مهناز=Mahnaz""")
IR_LAST = pairs("""محمدی=Mohammadi; حسینی=Hosseini; احمدی=Ahmadi; کریمی=Karimi; رضایی=Rezaei; موسوی=Mousavi; هاشمی=Hashemi; جعفری=Jafari;
کاظمی=Kazemi; صادقی=Sadeghi; رحیمی=Rahimi; عباسی=Abbasi; مرادی=Moradi; یزدانی=Yazdani; شریفی=Sharifi; فرهادی=Farhadi; نوری=Nouri;
اکبری=Akbari; طاهری=Taheri; قاسمی=Ghasemi; بهرامی=Bahrami; شجاعی=Shojaei; سبحانی=Sobhani; افشار=Afshar; تهرانی=Tehrani;
شیرازی=Shirazi; اصفهانی=Esfahani; فروتن=Foroutan; ملکی=Maleki; عسگری=Asgari; زارعی=Zarei; وحیدی=Vahidi; پاکزاد=Pakzad;
دهقان=Dehghan; سپهری=Sepehri; یوسفی=Yousefi; نیکپور=Nikpour; کامرانی=Kamrani; شاکری=Shakeri; فتحی=Fathi""")
AR_FIRST = pairs("""محمد=Mohammed; أحمد=Ahmed; خالد=Khaled; عمر=Omar; يوسف=Youssef; إبراهيم=Ibrahim; طارق=Tarek; كريم=Karim; هشام=Hisham;
وليد=Walid; جمال=Jamal; رامي=Rami; باسم=Basem; سامي=Sami; منير=Mounir; عماد=Emad; أيمن=Ayman; حسام=Hossam; شريف=Sherif; نور=Nour;
فاطمة=Fatima; مريم=Maryam; سارة=Sara; ياسمين=Yasmin; هند=Hind; منى=Mona; سعاد=Souad; ليلى=Laila; خديجة=Khadija; زينب=Zainab;
رنا=Rana; هدى=Huda; إيمان=Iman; غادة=Ghada""")
AR_LAST = pairs("""المصري=Al-Masri; الحسيني=Al-Husseini; التميمي=Al-Tamimi; القحطاني=Al-Qahtani; الدوسري=Al-Dosari; العتيبي=Al-Otaibi;
الشهري=Al-Shehri; البلوشي=Al-Balushi; الهاشمي=Al-Hashemi; الخطيب=Al-Khatib; النجار=Al-Najjar; الحداد=Al-Haddad; خوري=Khoury;
منصور=Mansour; سليمان=Suleiman; عيسى=Issa; نصار=Nassar; فرحات=Farhat; زيدان=Zidan; الشريف=Al-Sharif; الفلاحي=Al-Falahi;
السويدي=Al-Suwaidi; المهيري=Al-Muhairi; الكواري=Al-Kuwari; المري=Al-Marri; الرشيد=Al-Rashid; العمري=Al-Omari; الزعبي=Al-Zoubi;
الطويل=Al-Tawil; شاهين=Shaheen; عودة=Odeh; قاسم=Qasim; سلامة=Salameh; الخياط=Al-Khayyat; البزاز=Al-Bazzaz; القاسمي=Al-Qasimi""")
CN_LAST = pairs("""王=Wang; 李=Li; 张=Zhang; 刘=Liu; 陈=Chen; 杨=Yang; 黄=Huang; 赵=Zhao; 吴=Wu; 周=Zhou; 徐=Xu; 孙=Sun; 马=Ma; 朱=Zhu;
胡=Hu; 郭=Guo; 何=He; 林=Lin; 罗=Luo; 高=Gao; 郑=Zheng; 梁=Liang; 谢=Xie; 宋=Song; 唐=Tang; 韩=Han; 冯=Feng; 邓=Deng; 曹=Cao;
彭=Peng; 曾=Zeng; 肖=Xiao; 田=Tian; 董=Dong; 潘=Pan; 袁=Yuan; 蔡=Cai; 蒋=Jiang; 余=Yu; 杜=Du; 叶=Ye; 程=Cheng; 魏=Wei; 苏=Su;
丁=Ding; 任=Ren; 卢=Lu; 姚=Yao; 沈=Shen; 钟=Zhong; 崔=Cui; 谭=Tan; 范=Fan; 廖=Liao; 石=Shi; 金=Jin; 贾=Jia; 夏=Xia; 方=Fang;
邹=Zou; 熊=Xiong; 白=Bai; 孟=Meng; 秦=Qin; 邱=Qiu; 侯=Hou; 尹=Yin; 薛=Xue; 段=Duan; 雷=Lei; 龙=Long; 史=Shi; 陶=Tao; 毛=Mao;
郝=Hao; 顾=Gu; 龚=Gong; 邵=Shao; 万=Wan; 钱=Qian; 戴=Dai; 严=Yan; 孔=Kong; 向=Xiang; 常=Chang""")
CN_GIVEN = pairs("""伟=Wei; 芳=Fang; 娜=Na; 敏=Min; 静=Jing; 强=Qiang; 磊=Lei; 军=Jun; 洋=Yang; 勇=Yong; 艳=Yan; 杰=Jie; 涛=Tao;
超=Chao; 霞=Xia; 平=Ping; 刚=Gang; 桂英=Guiying; 秀英=Xiuying; 建国=Jianguo; 国强=Guoqiang; 海燕=Haiyan; 志强=Zhiqiang;
文静=Wenjing; 晓东=Xiaodong; 春梅=Chunmei; 玉兰=Yulan; 建军=Jianjun; 俊杰=Junjie; 子涵=Zihan; 浩然=Haoran; 宇轩=Yuxuan;
欣怡=Xinyi; 梓萱=Zixuan; 一鸣=Yiming; 思远=Siyuan; 雨桐=Yutong; 嘉怡=Jiayi; 博文=Bowen; 天佑=Tianyou; 佳琪=Jiaqi; 文博=Wenbo;
晨曦=Chenxi; 鹏飞=Pengfei; 立新=Lixin; 红霞=Hongxia; 金凤=Jinfeng; 永强=Yongqiang; 德明=Deming; 宏伟=Hongwei; 丽华=Lihua;
淑珍=Shuzhen; 美玲=Meiling; 少华=Shaohua; 国栋=Guodong; 振华=Zhenhua; 学军=Xuejun; 雪莲=Xuelian""")
KR_LAST = pairs("""김=Kim; 이=Lee; 박=Park; 최=Choi; 정=Jung; 강=Kang; 조=Cho; 윤=Yoon; 장=Jang; 임=Lim; 한=Han; 오=Oh; 서=Seo; 신=Shin;
권=Kwon; 황=Hwang; 안=Ahn; 송=Song; 류=Ryu; 전=Jeon; 홍=Hong; 고=Ko; 문=Moon; 양=Yang; 손=Son; 배=Bae; 백=Baek; 허=Heo; 유=Yoo;
남=Nam; 심=Shim; 노=Noh; 하=Ha; 곽=Kwak; 성=Sung; 차=Cha; 주=Joo; 우=Woo; 구=Koo; 민=Min""")
KR_GIVEN = pairs("""민준=Min-jun; 서준=Seo-jun; 도윤=Do-yun; 예준=Ye-jun; 시우=Si-woo; 하준=Ha-jun; 주원=Ju-won; 지호=Ji-ho; 지후=Ji-hu;
준서=Jun-seo; 건우=Geon-woo; 현준=Hyun-jun; 우진=Woo-jin; 선우=Seon-woo; 서연=Seo-yeon; 서윤=Seo-yoon; 지우=Ji-woo; 서현=Seo-hyun;
민서=Min-seo; 하은=Ha-eun; 하윤=Ha-yoon; 윤서=Yoon-seo; 지민=Ji-min; 채원=Chae-won; 수빈=Su-bin; 지아=Ji-a; 은지=Eun-ji;
영희=Young-hee; 철수=Cheol-su; 상민=Sang-min; 동현=Dong-hyun; 성민=Sung-min; 정훈=Jung-hoon; 미경=Mi-kyung; 은정=Eun-jung;
혜원=Hye-won; 경수=Kyung-su; 재원=Jae-won; 승현=Seung-hyun; 태윤=Tae-yoon; 영수=Young-su; 순자=Sun-ja; 명숙=Myung-sook; 진우=Jin-woo""")
JP_LAST = pairs("""佐々木=Sasaki; 山田=Yamada; 松井=Matsui; 石井=Ishii; 小川=Ogawa; 中島=Nakajima; 藤井=Fujii; 岡本=Okamoto; 西村=Nishimura;
福田=Fukuda; 太田=Ota; 三浦=Miura; 藤原=Fujiwara; 松田=Matsuda; 中川=Nakagawa; 中野=Nakano; 原田=Harada; 小野=Ono; 竹内=Takeuchi;
金子=Kaneko; 和田=Wada; 中山=Nakayama; 石田=Ishida; 上田=Ueda; 森田=Morita; 柴田=Shibata; 酒井=Sakai; 工藤=Kudo; 横山=Yokoyama;
宮崎=Miyazaki; 宮本=Miyamoto; 内田=Uchida; 高木=Takagi; 安藤=Ando; 谷口=Taniguchi; 丸山=Maruyama; 今井=Imai; 藤本=Fujimoto;
村田=Murata; 武田=Takeda; 上野=Ueno; 杉山=Sugiyama; 増田=Masuda; 平野=Hirano; 大塚=Otsuka; 千葉=Chiba; 久保=Kubo; 野口=Noguchi""")
JP_GIVEN = pairs("""翔太=Shota; 大翔=Hiroto; 蓮=Ren; 陽翔=Haruto; 悠真=Yuma; 湊=Minato; 健太=Kenta; 拓海=Takumi; 大樹=Daiki; 直樹=Naoki;
和也=Kazuya; 達也=Tatsuya; 浩二=Koji; 正人=Masato; 誠一=Seiichi; 陽菜=Hina; 結衣=Yui; 葵=Aoi; さくら=Sakura; 花子=Hanako;
恵子=Keiko; 明美=Akemi; 真由美=Mayumi; 由紀=Yuki; 彩=Aya; 愛=Ai; 美穂=Miho; 香織=Kaori; 裕美=Hiromi""")
IN_FIRST = pairs("""राहुल=Rahul; प्रिया=Priya; अमित=Amit; सुनीता=Sunita; विजय=Vijay; पूजा=Pooja; संजय=Sanjay; नेहा=Neha; राजेश=Rajesh;
अनीता=Anita; मनोज=Manoj; कविता=Kavita; दीपक=Deepak; रेखा=Rekha; सुरेश=Suresh; अंजलि=Anjali; विकास=Vikas; ममता=Mamta; अरुण=Arun;
सीमा=Seema; नितिन=Nitin; स्वाति=Swati; गौरव=Gaurav; ज्योति=Jyoti""")
IN_LAST = pairs("""शर्मा=Sharma; वर्मा=Verma; गुप्ता=Gupta; सिंह=Singh; यादव=Yadav; मिश्रा=Mishra; पाण्डेय=Pandey; जोशी=Joshi; कुमार=Kumar;
अग्रवाल=Agarwal; श्रीवास्तव=Srivastava; तिवारी=Tiwari; दुबे=Dubey; सक्सेना=Saxena; मेहता=Mehta; पटेल=Patel; राठौर=Rathore;
चौधरी=Chaudhary; भट्ट=Bhatt; नायर=Nair; रेड्डी=Reddy; देशमुख=Deshmukh; कुलकर्णी=Kulkarni; बंसल=Bansal""")
TH_FIRST = pairs("""สมชาย=Somchai; สมศักดิ์=Somsak; ประเสริฐ=Prasert; วิชัย=Wichai; สุรชัย=Surachai; ธนากร=Thanakorn; อนุชา=Anucha;
กิตติ=Kitti; ณัฐพล=Nattaphon; พงศกร=Phongsakon; สุดารัตน์=Sudarat; มาลี=Mali; วนิดา=Wanida; กาญจนา=Kanchana; ศิริพร=Siriporn;
นภา=Napha; อรุณี=Arunee; ปัทมา=Pattama; จันทร์เพ็ญ=Chanphen; รัตนา=Rattana""")
TH_LAST = pairs("""สุขสวัสดิ์=Suksawat; ศรีสุข=Srisuk; วงศ์สวัสดิ์=Wongsawat; แก้วมณี=Kaewmanee; บุญมา=Boonma; ทองดี=Thongdee;
จันทร์แก้ว=Chankaew; พรหมมา=Phromma; สายทอง=Saithong; มณีวงศ์=Maneewong; ศรีวงศ์=Sriwong; รัตนพันธ์=Rattanaphan;
ชัยมงคล=Chaimongkol; เพชรรัตน์=Phetcharat; อินทร์แก้ว=Inkaew; สมบูรณ์=Somboon; ปัญญาดี=Panyadee; ทองคำ=Thongkham;
ศักดิ์สิทธิ์=Saksit; บุญเรือง=Boonrueang""")
GR = pairs("""Γιάννης Παππάς=Giannis Pappas; Κώστας Δημητρίου=Kostas Dimitriou; Νικόλαος Αλεξίου=Nikolaos Alexiou; Χρήστος Σταυρόπουλος=Christos Stavropoulos;
Θανάσης Μακρής=Thanasis Makris; Σπύρος Λαμπρόπουλος=Spyros Lampropoulos; Μιχάλης Κωνσταντίνου=Michalis Konstantinou; Ευάγγελος Πετρίδης=Evangelos Petridis;
Αλέξανδρος Ζαχαρίου=Alexandros Zachariou; Στέλιος Κυριακίδης=Stelios Kyriakidis; Δέσποινα Αναγνώστου=Despoina Anagnostou; Κατερίνα Σωτηρίου=Katerina Sotiriou;
Ειρήνη Παπαγεωργίου=Eirini Papageorgiou; Χριστίνα Μαργαρίτη=Christina Margariti; Γεωργία Λιάπη=Georgia Liapi; Αγγελική Τσακίρη=Angeliki Tsakiri;
Δήμητρα Καλογεράκη=Dimitra Kalogeraki; Ζωή Πολυχρόνη=Zoi Polychroni; Βασίλης Ραφτόπουλος=Vasilis Raftopoulos; Πέτρος Χατζηδάκης=Petros Chatzidakis;
Ανδρέας Μπακογιάννης=Andreas Bakogiannis; Θεόδωρος Σαμαράς=Theodoros Samaras; Λευτέρης Βλάχος=Lefteris Vlachos; Άννα Κατσαρού=Anna Katsarou;
Μαρίνα Σπυροπούλου=Marina Spyropoulou; Ελευθερία Ρήγα=Eleftheria Riga; Παρασκευή Νικολοπούλου=Paraskevi Nikolopoulou; Φώτης Γιαννακόπουλος=Fotis Giannakopoulos;
Ηλίας Τζιόλας=Ilias Tziolas; Άγγελος Δρόσος=Angelos Drosos; Ιωάννα Κουτσούκου=Ioanna Koutsoukou; Σταύρος Παπανικολάου=Stavros Papanikolaou""")
TR_FIRST = "Ahmet Mehmet Mustafa Hüseyin Hasan İbrahim Murat Emre Burak Serkan Fatih Erdem Caner Ayşe Fatma Emine Hatice Zeynep Elif Özlem Gizem Pınar Canan Çağlar".split()
TR_LAST = "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özcan Polat Avcı Taş Aktaş Erdem Güven".split()
VN = ["Nguyễn Văn An", "Trần Thị Hoa", "Lê Minh Tuấn", "Phạm Thị Lan", "Hoàng Văn Nam", "Vũ Thị Mai", "Đặng Quốc Bảo", "Bùi Thanh Hương",
      "Đỗ Đức Anh", "Ngô Thị Thu", "Dương Văn Hùng", "Lý Thị Ngọc", "Phan Thanh Sơn", "Trịnh Thị Hằng", "Đinh Công Minh", "Võ Thị Kim"]
LA_FIRST = "José Juan Luis Carlos Jorge Miguel Alejandro Fernando Ricardo Daniel Pedro Gabriel María Ana Carmen Laura Sofía Valentina Camila Lucía Gabriela Daniela Rosa Teresa".split()
LA_LAST = "García Rodríguez Martínez López González Hernández Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz Morales Ortiz Vargas Castillo Rojas Silva Méndez Chávez Delgado Peña".split()
EN_FIRST = "James Robert Michael William David Richard Joseph Christopher Matthew Andrew Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Emily Oliver Harry Charlotte".split()
EN_LAST = "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin Thompson White Harris Clark Lewis Walker Hall Young King Wright".split()

ORGS = pairs("""
トヨタ自動車株式会社=Toyota Motor Corporation; 本田技研工業株式会社=Honda Motor Co Ltd; 日産自動車株式会社=Nissan Motor Co Ltd;
マツダ株式会社=Mazda Motor Corporation; 현대자동차=Hyundai Motor Company; 기아=Kia Corporation; 浙江吉利控股集团有限公司=Zhejiang Geely Holding Group;
长城汽车股份有限公司=Great Wall Motor Company Limited; 比亚迪股份有限公司=BYD Company Limited; 奇瑞汽车股份有限公司=Chery Automobile Co Ltd;
中国第一汽车集团有限公司=China FAW Group Corporation; टाटा मोटर्स=Tata Motors Limited; महिंद्रा एंड महिंद्रा=Mahindra and Mahindra Limited;
मारुति सुज़ुकी=Maruti Suzuki India Limited; Tofaş Türk Otomobil Fabrikası=Tofas Turk Otomobil Fabrikasi; Otokar Otomotiv ve Savunma Sanayi=Otokar Otomotiv ve Savunma Sanayi;
Renault Group=Renault Group; Stellantis N.V.=Stellantis NV; Volkswagen AG=Volkswagen AG; Škoda Auto a.s.=Skoda Auto AS; Automobile Dacia S.A.=Automobile Dacia SA;
SEAT S.A.=SEAT SA; Opel Automobile GmbH=Opel Automobile GmbH; Jaguar Land Rover Limited=Jaguar Land Rover Limited; Bentley Motors Limited=Bentley Motors Limited;
General Motors Company=General Motors Company; Ford Motor Company=Ford Motor Company; Rivian Automotive=Rivian Automotive Inc; Magna International=Magna International Inc;
Robert Bosch GmbH=Robert Bosch GmbH; Continental AG=Continental AG; ZF Friedrichshafen AG=ZF Friedrichshafen AG; Valeo SA=Valeo SA; Forvia SE=Forvia SE;
株式会社デンソー=Denso Corporation; 株式会社アイシン=Aisin Corporation; 현대모비스=Hyundai Mobis; Lear Corporation=Lear Corporation;
BorgWarner Inc.=BorgWarner Inc; Aptiv PLC=Aptiv PLC; Autoliv Inc.=Autoliv Inc; Schaeffler AG=Schaeffler AG; MAHLE GmbH=MAHLE GmbH; Brembo S.p.A.=Brembo SpA;
Samvardhana Motherson International=Samvardhana Motherson International Limited; 潍柴动力股份有限公司=Weichai Power Co Ltd;
福耀玻璃工业集团股份有限公司=Fuyao Glass Industry Group Co Ltd; Havenbedrijf Rotterdam N.V.=Port of Rotterdam Authority; Hamburg Port Authority=Hamburg Port Authority;
Zarząd Morskiego Portu Gdańsk=Port of Gdansk Authority; Administrația Porturilor Maritime Constanța=Constanta Maritime Ports Administration;
Mersin Uluslararası Liman İşletmeciliği=Mersin International Port; Türkmenbaşy Halkara Deňiz Porty=Turkmenbashi International Seaport;
Batumi Sea Port=Batumi Sea Port; 부산항만공사=Busan Port Authority; जवाहरलाल नेहरू पोर्ट=Jawaharlal Nehru Port Authority; Port of Felixstowe=Port of Felixstowe;
Port of Los Angeles=Port of Los Angeles; Port of Santos=Santos Port Authority; Deutsche Bahn AG=Deutsche Bahn AG;
Қазақстан темір жолы=Kazakhstan Temir Zholy; Azərbaycan Dəmir Yolları=Azerbaijan Railways; Oʻzbekiston temir yoʻllari=Uzbekistan Railways;
Türkiye Cumhuriyeti Devlet Demiryolları=Turkish State Railways; भारतीय रेल=Indian Railways; 한국철도공사=Korea Railroad Corporation;
Ferrovie dello Stato Italiane=Italian State Railways; Société nationale des chemins de fer belges=Belgian National Railways; VR-Yhtymä Oy=VR Group;
Deutsche Bank AG=Deutsche Bank AG; HSBC Holdings plc=HSBC Holdings plc; Standard Chartered PLC=Standard Chartered PLC; Banco Santander S.A.=Banco Santander SA;
Erste Group Bank AG=Erste Group Bank AG; OTP Bank Nyrt.=OTP Bank; Kaspi Bank=Kaspi Bank JSC; Türkiye Garanti Bankası=Turkiye Garanti Bankasi;
Türkiye Cumhuriyeti Ziraat Bankası=Ziraat Bank; بنك الإمارات دبي الوطني=Emirates NBD; भारतीय स्टेट बैंक=State Bank of India; ICICI Bank=ICICI Bank Limited;
中国工商银行=Industrial and Commercial Bank of China; 交通银行=Bank of Communications; KB국민은행=KB Kookmin Bank; Bank of Georgia=Bank of Georgia JSC;
TBC Bank=TBC Bank JSC; Azərbaycan Beynəlxalq Bankı=International Bank of Azerbaijan; Rabobank=Cooperatieve Rabobank UA; KBC Group=KBC Group NV;
Nippon Yusen=NYK Line; 川崎汽船株式会社=Kawasaki Kisen Kaisha; Ocean Network Express=Ocean Network Express Pte Ltd; Wallenius Wilhelmsen=Wallenius Wilhelmsen ASA;
Höegh Autoliners=Hoegh Autoliners AS; Grimaldi Group=Grimaldi Group SpA; UECC=United European Car Carriers; Gefco=GEFCO SA; Dachser SE=Dachser SE;
Rhenus Logistics=Rhenus SE and Co KG; Panalpina=Panalpina; Yusen Logistics=Yusen Logistics Co Ltd; 京东物流=JD Logistics; 德邦物流=Deppon Logistics;
Delhivery=Delhivery Limited; Mahindra Logistics=Mahindra Logistics Limited; Netlog Lojistik=Netlog Logistics; Horoz Lojistik=Horoz Logistics; Agility=Agility Public Warehousing Company
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

def fold(text):
    """What a system without diacritics stores: NFKD without combining marks (ı → i, ə → e, ʻ dropped)."""
    text = text.replace("ı", "i").replace("İ", "I").replace("ə", "e").replace("Ə", "E").replace("ʻ", "").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))

def combine(first, last, step, count):
    return [(first[i % len(first)], last[(i * step + i // len(first)) % len(last)]) for i in range(count)]

rows = []
def add(native, latin, typ, region, folded=False):
    rows.append((latin, native, typ, region))
    if native != latin:
        rows.append((latin, latin, typ, region))
    if folded and fold(latin) != latin:
        rows.append((latin, fold(latin), typ, region))

for (fn, fl), (ln, ll) in combine(RU_M + RU_F, RU_LAST, 7, 240):
    female = (fn, fl) in RU_F
    add(f"{fn} {ln}{'а' if female else ''}", f"{fl} {ll}{'a' if female else ''}", "Person", "Russia")
for n, l in KZ: add(n, l, "Person", "Kazakhstan")
for n in AZ: add(n, n, "Person", "Azerbaijan, Uzbekistan", folded=True)
for (fn, fl), (ln, ll) in combine(IR_FIRST, IR_LAST, 7, 160): add(f"{fn} {ln}", f"{fl} {ll}", "Person", "Iran")
for (fn, fl), (ln, ll) in combine(AR_FIRST, AR_LAST, 11, 160): add(f"{fn} {ln}", f"{fl} {ll}", "Person", "Arab world")
for (gn, gl), (sn, sl) in combine(CN_GIVEN, CN_LAST, 13, 220): add(f"{sn}{gn}", f"{sl} {gl}", "Person", "China")
for (gn, gl), (sn, sl) in combine(KR_GIVEN, KR_LAST, 11, 200): add(f"{sn}{gn}", f"{sl} {gl}", "Person", "Korea")
for (gn, gl), (sn, sl) in combine(JP_GIVEN, JP_LAST, 7, 100): add(f"{sn}{gn}", f"{sl} {gl}", "Person", "Japan")
for (fn, fl), (ln, ll) in combine(IN_FIRST, IN_LAST, 5, 120): add(f"{fn} {ln}", f"{fl} {ll}", "Person", "India")
for (fn, fl), (ln, ll) in combine(TH_FIRST, TH_LAST, 7, 100): add(f"{fn} {ln}", f"{fl} {ll}", "Person", "Thailand")
for n, l in GR: add(n, l, "Person", "Greece")
for f, l in combine(TR_FIRST, TR_LAST, 7, 80): add(f"{f} {l}", f"{f} {l}", "Person", "Türkiye", folded=True)
for n in VN: add(n, n, "Person", "Vietnam", folded=True)
for f, l in combine(LA_FIRST, LA_LAST, 7, 80): add(f"{f} {l}", f"{f} {l}", "Person", "Latin America", folded=True)
for f, l in combine(EN_FIRST, EN_LAST, 7, 80): add(f"{f} {l}", f"{f} {l}", "Person", "English-speaking")

def listed_text(folder):
    chunks = []
    for root, _, files in os.walk(folder):
        if "benchmarks" in root:
            continue
        for name in files:
            if name.endswith((".csv", ".xml", ".txt", ".json")):
                with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                    chunks.append(f.read().lower())
    return "\n".join(chunks)

here = os.path.dirname(os.path.abspath(__file__))
listed = listed_text(sys.argv[1])
for n, l in ORGS:
    if n.lower() in listed or l.lower() in listed:
        print(f"left out (named on a shared list): {l}", file=sys.stderr)
        continue
    add(n, l, "Organization", "companies")

seen = set()
for earlier in ("negative_names.csv", "negative_names_heldout2.csv"):
    with open(os.path.join(here, earlier), encoding="utf-8") as f:
        seen |= {r["name"] for r in csv.DictReader(f)}
out = {part: open(os.path.join(here, f"negative_names_{name}.csv"), "w", encoding="utf-8", newline="")
       for part, name in (("tuning", "tuning3"), ("clean", "heldout3"))}
writers = {part: csv.writer(f, lineterminator="\n") for part, f in out.items()}
for w in writers.values():
    w.writerow(["key", "name", "script", "type", "birth_year", "region", "part"])
for key, name, typ, region in rows:
    if name in seen:
        continue
    seen.add(name)
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    part = "tuning" if digest[0] % 2 == 0 else "clean"
    year = str(1950 + digest[1] % 50) if typ == "Person" else ""
    writers[part].writerow([key, name, script_of(name), typ, year, region, part])
for f in out.values():
    f.close()
