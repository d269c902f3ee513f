// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>
#include <utility>
#include <vector>

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>

#include "domain/BusinessSettings.h"
#include "domain/Campaign.h"
#include "domain/Clock.h"
#include "domain/ReferralCode.h"
#include "program/FraudCheck.h"
#include "store/CampaignStore.h"
#include "store/ReferralStore.h"
#include "store/RewardStore.h"
#include "store/SettingsStore.h"
#include "store/SqlSupport.h"

namespace grapevine::demo {

namespace {

using domain::CampaignStatus;
using domain::RewardKind;
using domain::RewardTrigger;

constexpr qint64 kDay = 86400;
constexpr qint64 kHour = 3600;
// Two years of history: long enough for seasonal campaigns to repeat and chains to grow.
constexpr qint64 kHistoryDays = 730;
// Generations of a referred-by chain are capped so that a million advocates still give chains a
// person could follow (a real program rarely goes past ten), instead of thousands deep.
constexpr int kMaxDepth = 10;
// How far back "recently created" reaches when an advocate's referrer is picked among them.
constexpr qint64 kRecentWindow = 40;
// The database's value of one loyalty point, written into the settings.
constexpr qint64 kPointValueMinor = 1;
constexpr double kPi = 3.14159265358979323846;

// ---------------------------------------------------------------------------------------------
// Names. Each culture lists names in their own script; "native=latin" gives the Latin spelling
// used for e-mail addresses where the script is not Latin (otherwise it is derived by dropping
// accents). Where surnames have a feminine form, "*" marks women's first names and
// "masculine~feminine" gives both forms of a surname, so no one is called "Zofia Kowalski". Phones use '#' for a random
// digit; companies use {L} for the last name.

struct CultureSpec
{
    int weight;
    const char* first;
    const char* last;
    const char* phones;
    const char* companies;
};

// Weighted towards a bakery in a European city, with the mix of a large one.
const CultureSpec kCultures[] = {
    // German
    {16,
        "Lukas|Leon|Finn|Jonas|Felix|Maximilian|Paul|Emil|Mia|Emma|Hannah|Sophia|Lea|Lena|Marie|Anna|Jürgen|"
        "Günther|Käthe|Jörg|Sören|Anja|Katrin|Björn|Ursula|Heike",
        "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|Richter|"
        "Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hartmann|Lange|Weiß|Große",
        "+49 15# ########|+49 17# #######|+49 30 ########|+49 89 #######",
        "{L} GmbH|{L} & Partner|Café {L}|{L} Steuerberatung|Praxis Dr. {L}"},
    // English
    {10,
        "Oliver|Amelia|George|Isla|Harry|Olivia|Jack|Emily|Charlie|Sophie|James|Grace|William|Chloe|Thomas|Lucy|"
        "Daniel|Hannah|Samuel|Megan|Ethan|Madison|Noah|Abigail",
        "Smith|Jones|Taylor|Brown|Williams|Wilson|Johnson|Davies|Robinson|Wright|Thompson|Evans|Walker|White|"
        "Roberts|Green|Hall|Wood|Jackson|Clarke|O'Brien|Murphy|MacDonald",
        "+44 7700 900###|+1 202 555 01##|+61 491 570 1##", "{L} Ltd|{L} & Co.|{L} Consulting|{L} Design Studio"},
    // French
    {10,
        "Gabriel|Léo|Raphaël|Louis|Arthur|Jules|Hugo|Lucas|Chloé|Léa|Manon|Camille|Inès|Zoé|Louise|Jeanne|Éloïse|"
        "Margaux|François|Hélène|Amélie|Benoît|Cécile|Thérèse",
        "Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefèvre|Michel|"
        "Fournier|Girard|Bonnet|Dupont|Lambert|Fontaine|Rousseau|Vincent|Chevalier|Blanc",
        "+33 6 ## ## ## ##|+33 7 ## ## ## ##|+33 1 ## ## ## ##", "{L} SARL|Atelier {L}|Maison {L}|Cabinet {L}"},
    // Spanish
    {8,
        "Alejandro|Pablo|Álvaro|Hugo|Martín|Diego|Javier|Sergio|Lucía|María|Paula|Sofía|Martina|Carmen|Alba|"
        "Julia|Nuria|Begoña|Íñigo|Ramón|José|Inés",
        "García|Rodríguez|González|Fernández|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Ruiz|Hernández|"
        "Díaz|Moreno|Muñoz|Álvarez|Romero|Navarro|Torres|Domínguez|Vázquez|García López",
        "+34 6## ### ###|+34 91 ### ## ##", "{L} S.L.|Grupo {L}|Bodega {L}"},
    // Italian
    {8,
        "Francesco|Alessandro|Lorenzo|Leonardo|Mattia|Andrea|Gabriele|Riccardo|Giulia|Sofia|Aurora|Alice|Ginevra|"
        "Emma|Giorgia|Beatrice|Niccolò|Chiara|Federica|Matteo|Elisa",
        "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|"
        "Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti|D'Angelo",
        "+39 3## ### ####|+39 06 #### ####", "{L} S.r.l.|Trattoria {L}|Studio {L}"},
    // Polish
    {6,
        "Jakub|Antoni|Szymon|Jan|Filip|Franciszek|Aleksander|Mikołaj|*Zofia|*Zuzanna|*Julia|*Maja|*Hanna|*Łucja|"
        "*Małgorzata|*Agnieszka|Krzysztof|Łukasz|Paweł|Wojciech|*Katarzyna|*Magdalena",
        "Nowak|Kowalski~Kowalska|Wiśniewski~Wiśniewska|Wójcik|Kowalczyk|Kamiński~Kamińska|"
        "Lewandowski~Lewandowska|Zieliński~Zielińska|Szymański~Szymańska|Woźniak|Dąbrowski~Dąbrowska|"
        "Kozłowski~Kozłowska|Jankowski~Jankowska|Mazur|Kwiatkowski~Kwiatkowska|Krawczyk|Piotrowski~Piotrowska|"
        "Grabowski~Grabowska",
        "+48 5## ### ###|+48 6## ### ###", "{L} Sp. z o.o.|Firma {L}"},
    // Dutch
    {5, "Daan|Sem|Lucas|Bram|Jesse|Thijs|Sanne|Fleur|Eva|Lotte|Femke|Anouk|Joost|Maarten|Ruud|Ilse",
        "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|de Groot|"
        "Bos|Vos|Peters|Hendriks|van Leeuwen",
        "+31 6 ########|+31 20 ### ####", "{L} B.V.|{L} & Zonen"},
    // Swedish
    {3,
        "Lars|Erik|Anders|Johan|Karl|Nils|Oskar|Björn|Astrid|Ingrid|Elsa|Maja|Saga|Linnéa|Åsa|Märta|Ebba|Gustav|"
        "Måns",
        "Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|Pettersson|"
        "Jonsson|Lindberg|Lindström|Bergström|Sjöberg|Åberg|Lundqvist",
        "+46 7# ### ## ##", "{L} AB|{L} Konsult AB"},
    // Turkish
    {6,
        "Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Hasan|İbrahim|Yusuf|Emre|Burak|Ayşe|Fatma|Zeynep|Elif|Emine|Hatice|"
        "Büşra|Gül|Şule|Özlem|Çağla|Ömer|Işıl",
        "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|Çetin|Kara|"
        "Koç|Kurt|Özkan|Şimşek",
        "+90 5## ### ## ##", "{L} Ltd. Şti.|{L} Gıda"},
    // Arabic, in Arabic script
    {4,
        "محمد=Mohammed|أحمد=Ahmed|علي=Ali|عمر=Omar|يوسف=Youssef|خالد=Khaled|حسن=Hassan|إبراهيم=Ibrahim|"
        "كريم=Karim|سامي=Sami|فاطمة=Fatima|مريم=Maryam|نور=Nour|ليلى=Layla|سارة=Sara|هدى=Huda|رنا=Rana|"
        "ياسمين=Yasmin|آمنة=Amina|زينب=Zainab",
        "الحسن=Alhassan|العلي=Alali|حداد=Haddad|خوري=Khoury|منصور=Mansour|سعيد=Said|عبدالله=Abdullah|"
        "الشامي=Alshami|النجار=Alnajjar|المصري=Almasri|حمدان=Hamdan|سليمان=Suleiman|البكري=Albakri|"
        "العمري=Alomari",
        "+971 5# ### ####|+966 5# ### ####|+20 10 #### ####", "مؤسسة {L}|شركة {L}"},
    // Chinese
    {3,
        "伟=Wei|芳=Fang|娜=Na|秀英=Xiuying|敏=Min|静=Jing|丽=Li|强=Qiang|磊=Lei|军=Jun|洋=Yang|勇=Yong|艳=Yan|杰=Jie|"
        "涛=Tao|明=Ming|超=Chao|霞=Xia|子涵=Zihan|浩然=Haoran|雨桐=Yutong|梓萱=Zixuan",
        "王=Wang|李=Li|张=Zhang|刘=Liu|陈=Chen|杨=Yang|黄=Huang|赵=Zhao|吴=Wu|周=Zhou|徐=Xu|孙=Sun|马=Ma|朱=Zhu|"
        "胡=Hu|郭=Guo|何=He|林=Lin|高=Gao|罗=Luo",
        "+86 13# #### ####|+86 18# #### ####", "{L}氏贸易有限公司|{L}记餐饮"},
    // Japanese
    {2,
        "陽翔=Haruto|蓮=Ren|大和=Yamato|湊=Minato|悠真=Yuma|健太=Kenta|翔太=Shota|拓海=Takumi|陽葵=Himari|"
        "結菜=Yuna|さくら=Sakura|美咲=Misaki|葵=Aoi|凛=Rin|結衣=Yui|花子=Hanako",
        "佐藤=Sato|鈴木=Suzuki|高橋=Takahashi|田中=Tanaka|伊藤=Ito|渡辺=Watanabe|山本=Yamamoto|中村=Nakamura|"
        "小林=Kobayashi|加藤=Kato|吉田=Yoshida|山田=Yamada|佐々木=Sasaki|山口=Yamaguchi|松本=Matsumoto|"
        "井上=Inoue|木村=Kimura|林=Hayashi",
        "+81 90 #### ####|+81 80 #### ####", "{L}商事株式会社|{L}製作所"},
    // Korean
    {2,
        "민준=Minjun|서준=Seojun|도윤=Doyun|예준=Yejun|시우=Siwoo|하준=Hajun|지호=Jiho|지훈=Jihoon|서연=Seoyeon|"
        "서윤=Seoyun|지우=Jiwoo|하윤=Hayun|민서=Minseo|지민=Jimin|수빈=Subin|예은=Yeeun|은지=Eunji|현우=Hyunwoo",
        "김=Kim|이=Lee|박=Park|최=Choi|정=Jung|강=Kang|조=Cho|윤=Yoon|장=Jang|임=Lim|한=Han|오=Oh|서=Seo|신=Shin|"
        "권=Kwon|황=Hwang",
        "+82 10 #### ####", "{L}상사|{L}무역"},
    // Indian, in Latin script as most Indian customers write their names in a shop abroad
    {4,
        "Aarav|Vihaan|Arjun|Aditya|Rohan|Rahul|Vikram|Sanjay|Anil|Suresh|Priya|Ananya|Diya|Aadhya|Kavya|Saanvi|"
        "Lakshmi|Deepika|Pooja|Neha|Meera|Ishaan",
        "Sharma|Patel|Singh|Kumar|Gupta|Reddy|Iyer|Nair|Rao|Mehta|Joshi|Desai|Chatterjee|Banerjee|Menon|Pillai|"
        "Kapoor|Malhotra|Verma|Agarwal",
        "+91 9#### #####|+91 8#### #####", "{L} Enterprises|{L} Textiles|{L} Traders"},
    // Hindi, in Devanagari
    {1, "आरव=Aarav|प्रिया=Priya|अर्जुन=Arjun|अनन्या=Ananya|रोहन=Rohan|दिव्या=Divya|विक्रम=Vikram|कविता=Kavita",
        "शर्मा=Sharma|वर्मा=Verma|गुप्ता=Gupta|सिंह=Singh|मिश्रा=Mishra|यादव=Yadav", "+91 9#### #####", "{L} Traders"},
    // Nigerian
    {3,
        "Chinedu|Emeka|Oluwaseun|Tunde|Babatunde|Adebayo|Chukwuma|Ikenna|Obinna|Segun|Ngozi|Chioma|Adaeze|"
        "Funmilayo|Folake|Amaka|Yetunde|Nneka|Aisha|Ifeoma|Adéwálé",
        "Okafor|Okonkwo|Adeyemi|Ogunleye|Eze|Nwosu|Balogun|Okoro|Olawale|Obi|Chukwu|Ibrahim|Bello|Abubakar|"
        "Nnamdi|Adewale|Okeke|Afolabi",
        "+234 80# ### ####|+234 70# ### ####", "{L} Ventures Ltd|{L} & Sons"},
    // Brazilian
    {4,
        "João|Miguel|Arthur|Heitor|Bernardo|Davi|Gabriel|Pedro|Lucas|Matheus|Ana|Alice|Helena|Valentina|Laura|"
        "Beatriz|Mariana|Luísa|Júlia|Conceição|Thiago",
        "Silva|Santos|Oliveira|Souza|Rodrigues|Ferreira|Alves|Pereira|Lima|Gomes|Costa|Ribeiro|Martins|Carvalho|"
        "Almeida|Lopes|Soares|Fernandes|Vieira|Araújo",
        "+55 11 9####-####|+55 21 9####-####", "{L} Ltda.|Padaria {L}"},
    // Russian, in Cyrillic
    {2,
        "Александр=Aleksandr|Дмитрий=Dmitry|Максим=Maksim|Сергей=Sergey|Андрей=Andrey|Иван=Ivan|*Анна=Anna|"
        "*Мария=Maria|*Елена=Elena|*Ольга=Olga|*Наталья=Natalya|*Татьяна=Tatyana|*Екатерина=Ekaterina|*Юлия=Yulia",
        "Иванов=Ivanov~Иванова=Ivanova|Смирнов=Smirnov~Смирнова=Smirnova|Кузнецов=Kuznetsov~Кузнецова=Kuznetsova|"
        "Попов=Popov~Попова=Popova|Васильев=Vasilyev~Васильева=Vasilyeva|Петров=Petrov~Петрова=Petrova|"
        "Соколов=Sokolov~Соколова=Sokolova|Михайлов=Mikhaylov~Михайлова=Mikhaylova|"
        "Новиков=Novikov~Новикова=Novikova|Фёдоров=Fyodorov~Фёдорова=Fyodorova|Морозов=Morozov~Морозова=Morozova|"
        "Волков=Volkov~Волкова=Volkova",
        "+7 9## ###-##-##", "ООО «{L}»"},
    // Greek
    {2,
        "Γιώργος=Giorgos|Νίκος=Nikos|Δημήτρης=Dimitris|Κώστας=Kostas|Γιάννης=Giannis|*Μαρία=Maria|*Ελένη=Eleni|"
        "*Αικατερίνη=Aikaterini|*Σοφία=Sofia|*Δέσποινα=Despoina",
        "Παπαδόπουλος=Papadopoulos~Παπαδοπούλου=Papadopoulou|Παπαδάκης=Papadakis~Παπαδάκη=Papadaki|"
        "Γεωργίου=Georgiou|Οικονόμου=Oikonomou|Νικολάου=Nikolaou|Βασιλείου=Vasileiou|"
        "Καραγιάννης=Karagiannis~Καραγιάννη=Karagianni|Αθανασίου=Athanasiou",
        "+30 69# ### ####", "{L} Α.Ε."},
    // Vietnamese
    {2, "Anh|Minh|Huy|Khánh|Phương|Thảo|Linh|Trang|Dũng|Hùng|Tuấn|Ngọc|Hương|Quỳnh",
        "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ", "+84 9# ### ## ##", "Công ty {L}"},
};

const char* const kGenericCompanies = "Northwind Café|Blue Door Books|Harbour Hotel|City Catering|Green Leaf Deli|"
                                      "Sunrise Yoga Studio|Corner Flowers|Atelier Nord|Parkside Dental|"
                                      "Lindenhof Restaurant|Brightside Coworking|Kita Sonnenschein|Riverside School";

// Domains reserved for examples (RFC 2606), so no demo address can reach a real person.
const char* const kDomains
    = "example.com|example.net|example.org|mail.example|post.example|inbox.example|webmail.example|home.example";

const char* const kTags = "VIP|Wholesale|Newsletter|Local|Catering|Birthday club|Gluten-free|Vegan|Morning regular|"
                          "Weekend regular|Office orders|Wedding cakes|Christmas market|Instagram|Google review|"
                          "Student|Family|Coffee lover|Sourdough fan|Corporate";

const char* const kConsentSources = "Newsletter form on the website|Sign-up sheet in the shop|Checkout checkbox|"
                                    "Loyalty card application|Referral landing page|Imported from the old CRM";

const char* const kAdvocateNotes = "Prefers oat milk in her coffee|Orders a cake for every family birthday|"
                                   "Met at the Christmas market|Runs the book club next door|"
                                   "Allergic to nuts: check every order|Asks for invoices with a VAT number|"
                                   "Regular on Saturday mornings|Brought three colleagues for the office breakfast|"
                                   "Wants to hear about the sourdough workshop|Collects the bread for the day care";

const char* const kReferralNotes = "Met at the farmers' market|Colleague from the office|Neighbour|"
                                   "Came with the flyer from the counter|Sister-in-law|Friend from the gym";

const char* const kRejectionReasons = "Friend was already a customer|Self-referral (same household)|"
                                      "Duplicate referral for the same friend|"
                                      "Friend did not sign up within the attribution window|"
                                      "Suspected fraud: same payment card as the advocate|"
                                      "Friend asked not to be contacted";

const char* const kReversalNotes = "Order refunded|Order cancelled by the customer|Chargeback on the order|"
                                   "Goods returned";

const char* const kProducts = "sourdough loaf|croissants|cinnamon buns|rye bread|pretzels|apple strudel|cheesecake|"
                              "birthday cake|baguette|focaccia|carrot cake|almond croissant|pain au chocolat|"
                              "lemon tart|Christmas stollen|gluten-free bread|wedding cake|flat white|brioche";

// %1 is a product.
const char* const kPositiveBodies = "Best %1 in town. I bring one to every family dinner now.|"
                                    "Tried the %1 at Demo Bakery today and it was absolutely worth the queue!|"
                                    "Ordered a %1 for my daughter's birthday and everyone loved it.|"
                                    "Friendly staff, fair prices, and the %1 is still warm at 8 am.|"
                                    "If you haven't had their %1 yet, go. Thank me later.|"
                                    "Used my friend's referral code and got a discount on the %1. Great first visit!|"
                                    "Their %1 made my Monday. Five stars.|"
                                    "Beste Bäckerei im Viertel, jeden Samstag hier!|"
                                    "Les meilleurs croissants du quartier, bravo !|"
                                    "¡El mejor pan de la ciudad! Volveré seguro.|"
                                    "Cornetti buonissimi e personale gentilissimo.";
const char* const kNeutralBodies = "Does anyone know if Demo Bakery is open on Sunday mornings?|"
                                   "Picked up a %1. Decent, a bit pricey.|"
                                   "Do you deliver %1 to offices?|"
                                   "The new shop layout is different. Not sure yet.|"
                                   "Is the %1 vegan?|"
                                   "Hat jemand Erfahrung mit den Torten von Demo Bakery?";
const char* const kNegativeBodies = "Waited 25 minutes and the %1 was sold out. Disappointed.|"
                                    "The %1 I bought yesterday was stale by the afternoon.|"
                                    "Ordered a %1 for a party and it arrived late.|"
                                    "Staff were rude when I asked about allergens.|"
                                    "Charged twice for my %1 and still waiting for the refund.|"
                                    "My referral reward never showed up in my account.|"
                                    "Leider war das Brot heute trocken und die Schlange ewig lang.|"
                                    "Service très lent ce matin, dommage.";
const char* const kNegativeReplies
    = "Thank you for telling us, and we are sorry. Could you send your order number to "
      "hello@demo-bakery.example so we can make it right?|"
      "We apologise: that should never happen. Please come by and we will replace it.|"
      "Sorry about the wait. We have added a second person at the counter on Saturdays.|"
      "We have refunded the second payment; it should reach your account within three days.";
const char* const kNeutralReplies = "Yes, we are open on Sundays from 8 am to 1 pm.|"
                                    "We deliver to offices within 5 km for orders over €30.|"
                                    "Thanks for asking! The ingredients are listed on our website.";
const char* const kPositiveReplies = "Thank you so much, see you soon!|That made our day, thank you!|"
                                     "Thanks for the kind words!";
const char* const kPermissionHows = "Replied yes by email|Agreed in a direct message|"
                                    "Signed the consent card in the shop|"
                                    "Ticked the permission box on the review form|"
                                    "Said yes on the phone (noted by staff)";

QStringList splitList(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

// Lower-case a–z only, for e-mail addresses and handles. Decomposing drops the accents; the few
// Latin letters that do not decompose are spelled out.
QString asciiLetters(const QString& text)
{
    QString out;
    for (const QChar c : text.toLower().normalized(QString::NormalizationForm_KD)) {
        const char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z')
            out.append(c);
        else if (u == u'ß')
            out.append(QLatin1String("ss"));
        else if (u == u'ł')
            out.append(QLatin1Char('l'));
        else if (u == u'đ')
            out.append(QLatin1Char('d'));
        else if (u == u'ı')
            out.append(QLatin1Char('i'));
        else if (u == u'ø')
            out.append(QLatin1Char('o'));
        else if (u == u'æ')
            out.append(QLatin1String("ae"));
        else if (u == u'œ')
            out.append(QLatin1String("oe"));
    }
    return out;
}

// The name part of a referral code exactly as ReferralCode::generate() makes it, so a demo code
// looks like one the app would have given the same person.
QString codePrefix(const QString& firstName)
{
    QString prefix;
    for (const QChar c : firstName.normalized(QString::NormalizationForm_KD)) {
        const char16_t u = c.toUpper().unicode();
        if (u >= u'A' && u <= u'Z')
            prefix.append(QChar(u));
        if (prefix.size() == 8)
            break;
    }
    return prefix.size() < 2 ? QStringLiteral("FRIEND") : prefix;
}

struct Name
{
    QString native;
    QString latin; ///< lower-case a–z
    QString codePrefix; ///< for first names
    bool feminine = false; ///< for first names: takes the feminine form of the surname
};

struct Culture
{
    std::vector<Name> first;
    std::vector<Name> last;
    std::vector<Name> lastFeminine; ///< parallel to `last`; the same name where there is one form
    QStringList phones;
    QStringList companies;
};

Name parseName(QString item)
{
    Name n;
    if (item.startsWith(QLatin1Char('*'))) {
        n.feminine = true;
        item.remove(0, 1);
    }
    const qsizetype eq = item.indexOf(QLatin1Char('='));
    n.native = eq < 0 ? item : item.left(eq);
    n.latin = asciiLetters(eq < 0 ? item : item.mid(eq + 1));
    n.codePrefix = codePrefix(n.native);
    return n;
}

/// The names of `text`; with `feminine`, the second form of "masculine~feminine" entries.
std::vector<Name> parseNames(const char* text, bool feminine = false)
{
    std::vector<Name> names;
    for (const QString& item : splitList(text)) {
        const QStringList forms = item.split(QLatin1Char('~'));
        names.push_back(parseName(feminine ? forms.constLast() : forms.constFirst()));
    }
    return names;
}

// ---------------------------------------------------------------------------------------------
// Campaigns. Offsets are days relative to "today"; kOpen means no end date.

constexpr int kOpen = 100000;

enum class Audience {
    Everyone,
    Partners,
    Employees,
    Influencers
};

struct CampaignSpec
{
    const char* name;
    const char* description;
    CampaignStatus status;
    int startDay;
    int endDay; ///< kOpen: open-ended
    int acceptUntilDay; ///< referrals stop coming in after this day (a paused campaign stopped early)
    RewardKind advocateKind;
    qint64 advocateValue;
    const char* advocateDescription;
    RewardKind friendKind;
    qint64 friendValue;
    const char* friendDescription;
    RewardTrigger trigger;
    qint64 minOrderMinor;
    int maxRewardsPerAdvocate; ///< 0: no cap
    qint64 budgetMinor; ///< 0: no budget
    int holdDays;
    const char* slug;
    const char* disclosure;
    Audience audience;
    qint64 medianOrderMinor;
    bool ladder; ///< has the milestone ladder
};

// The first six always appear and between them cover every status and reward kind.
const CampaignSpec kCampaigns[] = {
    {"Refer a friend", "Our always-on programme: every customer can invite friends with a personal code.",
        CampaignStatus::Active, -kHistoryDays, kOpen, 0, RewardKind::StoreCredit, 1000, "€10 store credit",
        RewardKind::FixedDiscount, 500, "€5 off the first order", RewardTrigger::FirstPurchase, 1500, 0, 2000000, 14,
        "refer-a-friend",
        "Advocates receive €10 store credit for every friend whose first order is €15 or more, and the friend gets €5 "
        "off. Advocates are asked to mention the reward when they recommend us.",
        Audience::Everyone, 2400, true},
    {"Spring sourdough week", "Launch of the new sourdough range: points for every friend who tries a loaf.",
        CampaignStatus::Ended, -560, -546, -546, RewardKind::Points, 500, "500 loyalty points",
        RewardKind::PercentDiscount, 1500, "15% off the first loaf", RewardTrigger::FirstPurchase, 0, 0, 150000, 7,
        "spring-sourdough",
        "You earn 500 loyalty points for each friend who buys a loaf with your code; your friend saves 15%.",
        Audience::Everyone, 1800, false},
    {"Partners' programme", "Cafés and offices that recommend our catering. Paused while we rework the terms.",
        CampaignStatus::Paused, -420, kOpen, -75, RewardKind::Cash, 2500, "€25 per new business customer",
        RewardKind::None, 0, "", RewardTrigger::FirstPurchase, 10000, 0, 500000, 30, "partners",
        "Partners are paid €25 for each new business customer whose first order is €100 or more.", Audience::Partners,
        18000, false},
    {"Staff ambassadors", "Our team invites friends and family; both sides get a thank-you.", CampaignStatus::Active,
        -300, kOpen, 0, RewardKind::Points, 1000, "1,000 loyalty points", RewardKind::PercentDiscount, 1000,
        "10% off the first order", RewardTrigger::SignUp, 0, 0, 0, 0, "staff-ambassadors",
        "Demo Bakery staff receive loyalty points when friends sign up with their code.", Audience::Employees, 2200,
        false},
    {"Bake-off next spring", "Planned: a baking class for advocates who bring the most friends.", CampaignStatus::Draft,
        120, 150, 150, RewardKind::Gift, 1500, "Baking class for two", RewardKind::FixedDiscount, 300, "€3 off",
        RewardTrigger::FirstPurchase, 0, 0, 100000, 14, "bake-off", "", Audience::Everyone, 2400, false},
    {"Christmas stollen", "Stollen season: cash for advocates, a discount for their friends.", CampaignStatus::Ended,
        -340, -310, -310, RewardKind::Cash, 1500, "€15 per friend", RewardKind::FixedDiscount, 1000,
        "€10 off a stollen", RewardTrigger::FirstPurchase, 2000, 10, 300000, 14, "christmas-stollen",
        "We pay €15 (at most 10 times per advocate) for each friend who buys a stollen with your code.",
        Audience::Everyone, 3200, false},
    {"Birthday cakes: double reward", "Both sides get €20 credit when a friend orders a birthday cake.",
        CampaignStatus::Active, -120, 60, 60, RewardKind::StoreCredit, 2000, "€20 store credit",
        RewardKind::StoreCredit, 2000, "€20 store credit", RewardTrigger::FirstPurchase, 3000, 0, 400000, 14,
        "birthday-double", "You and your friend each receive €20 store credit when your friend orders a cake.",
        Audience::Everyone, 4500, false},
    {"Autumn bread club", "Sign up a friend to the bread subscription.", CampaignStatus::Active, -45, 45, 45,
        RewardKind::PercentDiscount, 2000, "20% off your next order", RewardKind::FixedDiscount, 300, "€3 off",
        RewardTrigger::SignUp, 0, 0, 80000, 0, "bread-club",
        "Advocates get 20% off their next order when a friend joins the bread club with their code.",
        Audience::Everyone, 1600, false},
    {"Summer ice-cream social", "Ice cream for both sides when a friend signs up.", CampaignStatus::Ended, -470, -410,
        -410, RewardKind::Gift, 800, "A tub of ice cream", RewardKind::Gift, 400, "A free scoop", RewardTrigger::SignUp,
        0, 0, 120000, 0, "ice-cream",
        "Advocates receive a tub of ice cream, and their friend a free scoop, for every sign-up.", Audience::Everyone,
        900, false},
    {"Influencer tasting menu", "Food bloggers invite their followers to a tasting.", CampaignStatus::Ended, -250, -200,
        -200, RewardKind::Cash, 5000, "€50 per new customer", RewardKind::StoreCredit, 500, "€5 store credit",
        RewardTrigger::FirstPurchase, 2000, 0, 600000, 30, "tasting-menu",
        "Influencers are paid €50 per new customer. Posts must be marked #ad.", Audience::Influencers, 2600, false},
    {"Wedding season", "Couples who recommend us for a wedding cake.", CampaignStatus::Ended, -190, -100, -100,
        RewardKind::Gift, 5000, "Cake tasting for two", RewardKind::PercentDiscount, 500, "5% off the wedding cake",
        RewardTrigger::FirstPurchase, 20000, 0, 250000, 30, "wedding-season",
        "You receive a cake tasting for two when a couple orders their wedding cake with your code.",
        Audience::Everyone, 38000, false},
    {"Easter brunch", "Points for each friend who books the Easter brunch.", CampaignStatus::Ended, -215, -205, -205,
        RewardKind::Points, 300, "300 loyalty points", RewardKind::None, 0, "", RewardTrigger::FirstPurchase, 0, 0, 0,
        7, "easter-brunch", "You earn 300 loyalty points for each friend who books the brunch with your code.",
        Audience::Everyone, 3500, false},
};

const char* const kCostDescriptions = "Printed flyers and table cards|Social media ads for the programme|"
                                      "Launch event|Staff training|Photo shoot|Posters for the shop window";

// ---------------------------------------------------------------------------------------------

// Referral and reward statuses in the order of the schema's keys.
enum Step {
    Pending,
    SignedUp,
    Converted,
    Approved,
    Rewarded,
    Rejected,
    Reversed
};
const char* const kStepKeys[] = {"pending", "signed_up", "converted", "approved", "rewarded", "rejected", "reversed"};

const char* const kKindKeys[] = {"customer", "partner", "employee", "influencer", "other"};
enum Kind {
    Customer,
    Partner,
    Employee,
    Influencer,
    OtherKind
};

struct MentionChannel
{
    const char* key;
    int weight;
    double medianReach; ///< 0: reach unknown
    const char* host; ///< empty: offline, no URL
    bool social; ///< authors often write under a handle
};

const MentionChannel kMentionChannels[] = {
    {"google_review", 18, 250, "maps.example", false},
    {"instagram", 16, 450, "instagram.example", true},
    {"facebook", 12, 150, "facebook.example", true},
    {"in_person", 12, 3, "", false},
    {"yelp", 5, 120, "yelp.example", false},
    {"trustpilot", 5, 90, "trustpilot.example", false},
    {"x", 5, 300, "x.example", true},
    {"tiktok", 5, 1800, "tiktok.example", true},
    {"linkedin", 3, 350, "linkedin.example", false},
    {"youtube", 2, 2500, "youtube.example", true},
    {"forum", 3, 600, "forum.example", false},
    {"email", 6, 1, "", false},
    {"phone", 5, 1, "", false},
    {"other", 3, 0, "", false},
};

/// What the generator remembers of each advocate: enough to pick referrers, link referrals and
/// mentions, and rebuild the advocate's name, code and e-mail address without keeping strings.
struct AdvocateFacts
{
    qint64 createdAt = 0;
    qint32 referredBy = -1; ///< row index, -1 when none
    quint16 first = 0;
    quint16 last = 0;
    quint8 culture = 0;
    quint8 kind = Customer;
    quint8 depth = 0; ///< generations above this advocate
    quint8 emailStyle = 0;
    quint8 domain = 0;
    bool capitalised = false;
    bool hasEmail = true;
    bool erased = false;
};

struct CampaignRuntime
{
    const CampaignSpec* spec = nullptr;
    qint64 id = 0;
    qint64 acceptFrom = 0;
    qint64 acceptUntil = 0;
    QVariant advocateKind;
    QVariant friendKind;
    QVariant advocateDescription;
    QVariant friendDescription;
    std::vector<domain::Milestone> milestones;
};

class Generator final
{
public:
    Generator(QSqlDatabase db, const DemoOptions& options, const DemoGenerator::Progress& progress)
        : m_db(std::move(db))
        , m_options(options)
        , m_progress(progress)
        , m_rng(options.seed)
        , m_now(QDateTime(options.today, QTime(9, 0), Qt::UTC).toSecsSinceEpoch())
        , m_start(m_now - kHistoryDays * kDay)
        , m_total(options.advocates + options.referrals + options.mentions)
    { }

    Status run();

private:
    // Random draws. Each one is its own statement: C++ leaves the order of evaluation of
    // function arguments open, and the output must not depend on the compiler.
    double uniform() { return m_rng.generateDouble(); }
    bool chance(double p) { return uniform() < p; }
    qint64 below(qint64 n) { return n <= 1 ? 0 : static_cast<qint64>(m_rng.bounded(static_cast<quint32>(n))); }
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }
    double normal()
    {
        const double u1 = uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(1.0 - u1)) * std::cos(2.0 * kPi * u2);
    }
    qint64 logNormal(double median, double sigma) { return std::llround(median * std::exp(sigma * normal())); }
    template <typename T>
    const T& pick(const std::vector<T>& list)
    {
        return list[static_cast<size_t>(below(qint64(list.size())))];
    }
    const QString& pick(const QStringList& list) { return list.at(below(list.size())); }
    template <size_t N>
    int weighted(const int (&weights)[N])
    {
        int total = 0;
        for (const int w : weights)
            total += w;
        int x = static_cast<int>(below(total));
        for (size_t i = 0; i < N; ++i) {
            if (x < weights[i])
                return static_cast<int>(i);
            x -= weights[i];
        }
        return 0;
    }
    QString digits(const QString& pattern);

    // Time: rows are spread over the history with more of them recently, as a growing business
    // has; `i` of `n` gives increasing instants, so ids follow time.
    qint64 instantOf(qint64 i, qint64 n)
    {
        const double u = uniform();
        const double f = (static_cast<double>(i) + u) / static_cast<double>(n);
        return m_start + static_cast<qint64>(std::floor(static_cast<double>(m_now - m_start) * std::sqrt(f)));
    }
    /// Advocates created at or before `t`, i.e. the rows that may act at `t`.
    qint64 advocatesBy(qint64 t) const;
    /// An advocate among the first `n`, the keen ones far more often (a few refer a lot).
    qint64 keenAdvocate(qint64 n);

    const Name& lastNameOf(const AdvocateFacts& a) const
    {
        const Culture& c = m_cultures[a.culture];
        return c.first[a.first].feminine ? c.lastFeminine[a.last] : c.last[a.last];
    }
    QString nameOf(const AdvocateFacts& a) const;
    QString emailOf(qint64 row) const;
    QString codeOf(qint64 row) const;
    QString randomPersonName(int* cultureOut, const Name** firstOut, const Name** lastOut);

    bool tick();
    Error cancelled() const;
    Error failed(const QSqlQuery& q, const QString& doing) const { return store::storageError(q.lastError(), doing); }

    Status checkEmpty();
    Status writeSettings();
    Status writeTags();
    Status writeCampaigns();
    Status writeAdvocates();
    Status writeReferrals();
    Status writeMentions();
    Status writeReviewQueue();

    int pickCampaign(qint64 t, quint8 kind);

    QSqlDatabase m_db;
    const DemoOptions& m_options;
    const DemoGenerator::Progress& m_progress;
    QRandomGenerator m_rng;
    const qint64 m_now;
    const qint64 m_start;
    const qint64 m_total;
    qint64 m_done = 0;

    std::vector<Culture> m_cultures;
    std::vector<int> m_cultureWeights;
    QStringList m_domains;
    QStringList m_genericCompanies;
    std::vector<qint64> m_tagIds;
    std::vector<CampaignRuntime> m_campaigns;
    std::vector<AdvocateFacts> m_advocates;
    std::vector<qint64> m_createdAt; ///< a copy of each advocate's created_at, for binary search
    std::vector<double> m_keenness; ///< running sum of each advocate's keenness to refer
};

QString Generator::digits(const QString& pattern)
{
    QString out = pattern;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i) == QLatin1Char('#')) {
            const qint64 d = below(10);
            out[i] = QChar(u'0' + static_cast<char16_t>(d));
        }
    }
    return out;
}

qint64 Generator::advocatesBy(qint64 t) const
{
    return std::upper_bound(m_createdAt.begin(), m_createdAt.end(), t) - m_createdAt.begin();
}

qint64 Generator::keenAdvocate(qint64 n)
{
    const double total = m_keenness[static_cast<size_t>(n - 1)];
    if (total <= 0)
        return below(n);
    const double x = uniform() * total;
    const auto it = std::upper_bound(m_keenness.begin(), m_keenness.begin() + n, x);
    return std::min<qint64>(it - m_keenness.begin(), n - 1);
}

QString Generator::nameOf(const AdvocateFacts& a) const
{
    if (a.erased)
        return {};
    const Culture& c = m_cultures[a.culture];
    return c.first[a.first].native + QLatin1Char(' ') + lastNameOf(a).native;
}

QString Generator::emailOf(qint64 row) const
{
    const AdvocateFacts& a = m_advocates[static_cast<size_t>(row)];
    if (!a.hasEmail || a.erased)
        return {};
    const Culture& c = m_cultures[a.culture];
    QString first = c.first[a.first].latin;
    QString last = lastNameOf(a).latin;
    if (first.isEmpty() || last.isEmpty())
        return {};
    if (a.capitalised) {
        first[0] = first.at(0).toUpper();
        last[0] = last.at(0).toUpper();
    }
    // The id makes every address unique by construction, whatever the names: the name part
    // never ends in a digit, so the trailing number is the whole id. A friend's address has two
    // dots before the @ (see writeReferrals) and an advocate's at most one, so they never meet.
    const QString number = QString::number(row + 1);
    QString local;
    switch (a.emailStyle) {
    case 0:
        local = first + QLatin1Char('.') + last + number;
        break;
    case 1:
        local = first + last + number;
        break;
    case 2:
        local = first.left(1) + QLatin1Char('.') + last + number;
        break;
    case 3:
        local = last + QLatin1Char('.') + first + number;
        break;
    default:
        local = first + number;
        break;
    }
    return local + QLatin1Char('@') + m_domains.at(a.domain);
}

QString Generator::codeOf(qint64 row) const
{
    const AdvocateFacts& a = m_advocates[static_cast<size_t>(row)];
    // The id in the code alphabet, at least three characters as the app's codes have: distinct
    // ids give distinct suffixes, so codes are unique without asking the database.
    const QString& alphabet = domain::ReferralCode::alphabet();
    const qint64 base = alphabet.size();
    QString suffix;
    qint64 n = row + 1;
    do {
        suffix.prepend(alphabet.at(n % base));
        n /= base;
    } while (n > 0);
    while (suffix.size() < 3)
        suffix.prepend(alphabet.at(0));
    const QString prefix = a.erased ? QStringLiteral("ERASED") : m_cultures[a.culture].first[a.first].codePrefix;
    return prefix + QLatin1Char('-') + suffix;
}

QString Generator::randomPersonName(int* cultureOut, const Name** firstOut, const Name** lastOut)
{
    int total = 0;
    for (const int w : m_cultureWeights)
        total += w;
    int x = static_cast<int>(below(total));
    int culture = 0;
    for (size_t i = 0; i < m_cultureWeights.size(); ++i) {
        if (x < m_cultureWeights[i]) {
            culture = static_cast<int>(i);
            break;
        }
        x -= m_cultureWeights[i];
    }
    const Culture& c = m_cultures[static_cast<size_t>(culture)];
    const Name& first = pick(c.first);
    const qint64 lastIndex = below(qint64(c.last.size()));
    const Name& last = first.feminine ? c.lastFeminine[lastIndex] : c.last[lastIndex];
    *cultureOut = culture;
    *firstOut = &first;
    *lastOut = &last;
    return first.native + QLatin1Char(' ') + last.native;
}

bool Generator::tick()
{
    ++m_done;
    if (!m_progress || (m_done & 1023) != 0)
        return true;
    return m_progress(m_done, m_total);
}

Error Generator::cancelled() const
{
    return Error {
        Error::Code::Storage, DemoGenerator::tr("Creating the demo data was cancelled; nothing was written.")};
}

Status Generator::run()
{
    for (const CultureSpec& spec : kCultures) {
        Culture c;
        c.first = parseNames(spec.first);
        c.last = parseNames(spec.last);
        c.lastFeminine = parseNames(spec.last, true);
        c.phones = splitList(spec.phones);
        c.companies = splitList(spec.companies);
        m_cultureWeights.push_back(spec.weight);
        m_cultures.push_back(std::move(c));
    }
    m_domains = splitList(kDomains);
    m_genericCompanies = splitList(kGenericCompanies);

    if (m_progress && !m_progress(0, m_total))
        return cancelled();

    // Connection settings for one big write, restored afterwards as the connection is the
    // caller's. temp_store cannot change inside a transaction, so they come first.
    //  * temp_store = MEMORY: an insert that fires triggers (the counters on referrals and
    //    rewards) gets a statement journal; it outgrows SQLite's 64 KiB in-memory limit and
    //    would go to a temporary file, a few dozen writes to disk per row (measured: 8x slower).
    //  * A large page cache: the indexes on e-mail, code and name are filled in random order,
    //    and with the default 2 MB nearly every insert would read and spill pages.
    const auto pragma = [this](const QString& name) {
        QSqlQuery q(m_db);
        return q.exec(QStringLiteral("PRAGMA ") + name) && q.next() ? q.value(0).toLongLong() : qint64(0);
    };
    struct Restore
    {
        QSqlDatabase db;
        qint64 cacheSize;
        qint64 tempStore;
        ~Restore()
        {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
            q.exec(QStringLiteral("PRAGMA temp_store = %1").arg(tempStore));
        }
    } restore {m_db, pragma(QStringLiteral("cache_size")), pragma(QStringLiteral("temp_store"))};
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -262144"));

    store::WriteTransaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    if (Status s = checkEmpty(); !s)
        return s;

    for (Status (Generator::*step)() :
        {&Generator::writeSettings, &Generator::writeTags, &Generator::writeCampaigns, &Generator::writeAdvocates,
            &Generator::writeReferrals, &Generator::writeMentions, &Generator::writeReviewQueue}) {
        if (Status s = (this->*step)(); !s)
            return s;
    }
    if (Status s = store::RewardStore::writeEntriesImpliedByStatus(m_db, 1); !s)
        return s;
    if (m_progress && !m_progress(m_total, m_total))
        return cancelled();
    return tx.commit();
}

Status Generator::checkEmpty()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM advocates) OR EXISTS (SELECT 1 FROM campaigns) "
                               "OR EXISTS (SELECT 1 FROM referrals) OR EXISTS (SELECT 1 FROM mentions)"))
        || !q.next())
        return failed(q, DemoGenerator::tr("Checking that the database is empty"));
    if (q.value(0).toBool())
        return Error {Error::Code::Invalid,
            DemoGenerator::tr("Demo data can only be written into an empty database, and this one already holds "
                              "advocates, campaigns, referrals or mentions. Create a new database for it.")};
    return {};
}

Status Generator::writeSettings()
{
    domain::BusinessSettings settings;
    settings.businessName = QStringLiteral("Demo Bakery");
    settings.currency = QStringLiteral("EUR");
    settings.pointValueMinor = kPointValueMinor;
    settings.baselineCacMinor = 2500;
    settings.responseTargetHours = 24;
    return store::SettingsStore(m_db).save(settings);
}

Status Generator::writeTags()
{
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (:name) ON CONFLICT (name) DO NOTHING"));
    QSqlQuery find(m_db);
    find.prepare(QStringLiteral("SELECT id FROM tags WHERE name = :name"));
    for (const QString& tag : splitList(kTags)) {
        insert.bindValue(QStringLiteral(":name"), tag);
        find.bindValue(QStringLiteral(":name"), tag);
        if (!insert.exec() || !find.exec() || !find.next())
            return failed(insert.lastError().isValid() ? insert : find, DemoGenerator::tr("Writing the demo tags"));
        m_tagIds.push_back(find.value(0).toLongLong());
        find.finish();
    }
    return {};
}

Status Generator::writeCampaigns()
{
    const QDate today = m_options.today;
    const qint64 count = 6 + below(7);
    QSqlQuery cost(m_db);
    cost.prepare(QStringLiteral(
        "INSERT INTO campaign_costs (campaign_id, incurred_on, description, amount_minor, created_at) VALUES "
        "(:campaign_id, :incurred_on, :description, :amount_minor, :created_at)"));
    const QStringList costDescriptions = splitList(kCostDescriptions);
    const auto dayStart
        = [&](int offset) { return QDateTime(today.addDays(offset), QTime(0, 0), Qt::UTC).toSecsSinceEpoch(); };

    for (qint64 i = 0; i < count; ++i) {
        const CampaignSpec& spec = kCampaigns[i];
        domain::Campaign c;
        c.name = QString::fromUtf8(spec.name);
        c.description = QString::fromUtf8(spec.description);
        c.status = spec.status;
        c.startsOn = today.addDays(spec.startDay);
        if (spec.endDay != kOpen)
            c.endsOn = today.addDays(spec.endDay);
        c.advocateReward = {spec.advocateKind, spec.advocateValue, QString::fromUtf8(spec.advocateDescription)};
        c.friendReward = {spec.friendKind, spec.friendValue, QString::fromUtf8(spec.friendDescription)};
        c.trigger = spec.trigger;
        c.newCustomersOnly = true;
        c.minOrderMinor = spec.minOrderMinor;
        if (spec.maxRewardsPerAdvocate > 0)
            c.maxRewardsPerAdvocate = spec.maxRewardsPerAdvocate;
        if (spec.budgetMinor > 0)
            c.budgetMinor = spec.budgetMinor;
        c.holdDays = spec.holdDays;
        c.attributionDays = spec.audience == Audience::Partners ? 60 : 30;
        const QString slug = QString::fromUtf8(spec.slug);
        c.landingUrl = QStringLiteral("https://demo-bakery.example/refer/") + slug;
        c.utmSource = QStringLiteral("referral");
        c.utmMedium = QStringLiteral("word_of_mouth");
        c.utmCampaign = slug;
        c.disclosureText = QString::fromUtf8(spec.disclosure);
        if (spec.ladder) {
            c.milestones = {{0, 3, RewardKind::Gift, 2500, QStringLiteral("A celebration cake")},
                {0, 5, RewardKind::StoreCredit, 2000, QStringLiteral("€20 bonus store credit")},
                {0, 10, RewardKind::Cash, 5000, QStringLiteral("€50 thank-you")}};
        }
        const int createdDay = std::min(spec.startDay - 14, -10);
        c.createdAt = QDateTime::fromSecsSinceEpoch(dayStart(createdDay) + 10 * kHour, Qt::UTC);
        // Last edited when it was paused or ended, or when it started; never after "now".
        const int editedDay = spec.status == CampaignStatus::Active ? spec.startDay
            : spec.status == CampaignStatus::Draft                  ? -3
                                                                    : std::min(spec.acceptUntilDay + 1, 0);
        const qint64 edited = std::clamp(dayStart(editedDay) + 11 * kHour, c.createdAt.toSecsSinceEpoch(), m_now);
        ManualClock clock(QDateTime::fromSecsSinceEpoch(edited, Qt::UTC));
        if (Status s = store::CampaignStore(m_db, clock).create(c); !s)
            return s;

        CampaignRuntime run;
        run.spec = &spec;
        run.id = c.id;
        run.acceptFrom = std::max(dayStart(spec.startDay), m_start);
        run.acceptUntil = spec.status == CampaignStatus::Draft ? run.acceptFrom - 1
                                                               : std::min(dayStart(spec.acceptUntilDay + 1) - 1, m_now);
        run.advocateKind = domain::toKey(spec.advocateKind);
        run.friendKind = domain::toKey(spec.friendKind);
        run.advocateDescription = store::sql::text(c.advocateReward.description);
        run.friendDescription = store::sql::text(c.friendReward.description);
        run.milestones = c.milestones;
        m_campaigns.push_back(std::move(run));

        // Costs: a monthly subscription for the always-on programme, a few one-off costs for
        // the others, all on days that have already happened.
        const int lastCostDay = std::min(spec.endDay == kOpen ? 0 : spec.endDay, 0);
        std::vector<std::pair<int, QString>> costs;
        if (spec.ladder) {
            for (int day = spec.startDay; day <= lastCostDay; day += 30)
                costs.emplace_back(day, QStringLiteral("Referral software subscription"));
        }
        const qint64 oneOff = spec.status == CampaignStatus::Draft ? 1 : 2 + below(4);
        for (qint64 k = 0; k < oneOff; ++k) {
            const int first = spec.status == CampaignStatus::Draft ? -20 : spec.startDay - 10;
            const int span = std::max(1, lastCostDay - first);
            const int day = first + static_cast<int>(below(span));
            costs.emplace_back(std::min(day, 0), pick(costDescriptions));
        }
        for (const auto& [day, description] : costs) {
            const qint64 amount = 20 * logNormal(600, 0.8);
            const qint64 recorded = std::min(dayStart(day) + 14 * kHour + below(3) * kDay, m_now);
            cost.bindValue(QStringLiteral(":campaign_id"), c.id);
            cost.bindValue(QStringLiteral(":incurred_on"), store::sql::date(today.addDays(day)));
            cost.bindValue(QStringLiteral(":description"), description);
            cost.bindValue(QStringLiteral(":amount_minor"), amount);
            cost.bindValue(QStringLiteral(":created_at"), recorded);
            if (!cost.exec())
                return failed(cost, DemoGenerator::tr("Writing the demo campaign costs"));
        }
    }
    return {};
}

Status Generator::writeAdvocates()
{
    const qint64 n = m_options.advocates;
    m_advocates.resize(static_cast<size_t>(n));
    m_createdAt.resize(static_cast<size_t>(n));
    m_keenness.resize(static_cast<size_t>(n));

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO advocates (id, first_name, last_name, email, email_norm, phone, company, kind, status, "
        "referral_code, referred_by_id, consent, consent_at, consent_source, nps_score, nps_at, "
        "total_spent_minor, order_count, notes, created_at, updated_at) VALUES (:id, :first_name, "
        ":last_name, :email, :email_norm, :phone, :company, :kind, :status, :referral_code, :referred_by_id, "
        ":consent, :consent_at, :consent_source, :nps_score, :nps_at, :total_spent_minor, :order_count, "
        ":notes, :created_at, :updated_at)"));
    QSqlQuery tag(m_db);
    tag.prepare(QStringLiteral("INSERT INTO advocate_tags (advocate_id, tag_id) VALUES (:advocate_id, :tag_id)"));

    const QVariant nullInt {QMetaType(QMetaType::LongLong)};
    const QVariant nullText {QMetaType(QMetaType::QString)};
    const QVariant empty(QString(QLatin1String("")));
    QVariant kindKeys[5];
    for (int k = 0; k < 5; ++k)
        kindKeys[k] = QString::fromLatin1(kKindKeys[k]);
    const QVariant active(QStringLiteral("active"));
    const QVariant inactive(QStringLiteral("inactive"));
    const QVariant erased(QStringLiteral("erased"));
    // The search index is built once at the end instead of by its triggers: inside a
    // transaction each trigger-fired insert into FTS5 opens a savepoint, at which FTS5 writes
    // its pending terms as a new segment, so a million rows would make a million tiny segments
    // to merge. The triggers are dropped and recreated from their own SQL within this
    // transaction, so a cancel or failure puts them back untouched.
    std::vector<QString> ftsTriggers;
    {
        QSqlQuery t(m_db);
        if (!t.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = "
                                   "'advocates' AND sql LIKE '%advocates_fts%' ORDER BY name")))
            return failed(t, DemoGenerator::tr("Preparing the search index"));
        QStringList names;
        while (t.next()) {
            names << t.value(0).toString();
            ftsTriggers.push_back(t.value(1).toString());
        }
        t.finish();
        for (const QString& name : names) {
            if (!t.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name)))
                return failed(t, DemoGenerator::tr("Preparing the search index"));
        }
    }
    const QStringList consentSources = splitList(kConsentSources);
    const QStringList notes = splitList(kAdvocateNotes);
    const QVariant erasedName(QStringLiteral("Erased"));

    for (qint64 i = 0; i < n; ++i) {
        if (!tick())
            return cancelled();
        AdvocateFacts& a = m_advocates[static_cast<size_t>(i)];
        int culture = 0;
        const Name* firstName = nullptr;
        const Name* lastName = nullptr;
        randomPersonName(&culture, &firstName, &lastName);
        const Culture& c = m_cultures[static_cast<size_t>(culture)];
        a.culture = static_cast<quint8>(culture);
        a.first = static_cast<quint16>(firstName - c.first.data());
        a.last = static_cast<quint16>(lastName - (firstName->feminine ? c.lastFeminine.data() : c.last.data()));
        a.createdAt = instantOf(i, n);
        m_createdAt[static_cast<size_t>(i)] = a.createdAt;

        static const int kindWeights[] = {880, 30, 10, 30, 50};
        a.kind = static_cast<quint8>(weighted(kindWeights));
        const double statusDraw = uniform();
        a.erased = statusDraw < 0.005;
        const QVariant& status = a.erased ? erased : statusDraw < 0.075 ? inactive : active;

        // Referred by an earlier advocate. Mostly someone recent or someone keen; now and then
        // the deepest recent one, so chains reach many generations even in a small file.
        if (i > 0 && chance(0.35)) {
            const double how = uniform();
            const qint64 lo = std::max<qint64>(0, i - kRecentWindow);
            qint64 parent = -1;
            if (how < 0.04) {
                for (qint64 k = i - 1; k >= lo; --k) {
                    const int d = m_advocates[static_cast<size_t>(k)].depth;
                    if (d < kMaxDepth && (parent < 0 || d > m_advocates[static_cast<size_t>(parent)].depth))
                        parent = k;
                }
            } else if (how < 0.44) {
                parent = i - 1 - below(i - lo);
            } else {
                parent = keenAdvocate(i);
            }
            if (parent < 0 || m_advocates[static_cast<size_t>(parent)].depth >= kMaxDepth)
                parent = below(i);
            if (m_advocates[static_cast<size_t>(parent)].depth < kMaxDepth) {
                a.referredBy = static_cast<qint32>(parent);
                a.depth = static_cast<quint8>(m_advocates[static_cast<size_t>(parent)].depth + 1);
            }
        }

        // Keenness to refer: half never do, the others follow a power law (80/20), and those
        // whose job it is refer more.
        double keen = 0;
        if (!chance(0.45)) {
            const double u = uniform();
            keen = std::min(std::pow(1.0 - u, -1.0 / 1.16), 200.0);
            static const double kindFactor[] = {1.0, 3.0, 2.0, 5.0, 0.7};
            keen *= kindFactor[a.kind];
        }
        m_keenness[static_cast<size_t>(i)] = (i > 0 ? m_keenness[static_cast<size_t>(i - 1)] : 0.0) + keen;

        a.hasEmail = !chance(0.02);
        a.emailStyle = static_cast<quint8>(below(5));
        a.domain = static_cast<quint8>(below(m_domains.size()));
        a.capitalised = chance(0.08);
        const bool hasPhone = chance(0.85);
        const QString phone = hasPhone ? digits(pick(c.phones)) : QString();
        static const double companyChance[] = {0.08, 0.85, 0.0, 0.3, 0.1};
        QString company;
        if (chance(companyChance[a.kind])) {
            if (chance(0.6)) {
                company = pick(c.companies);
                company.replace(QLatin1String("{L}"), lastName->native);
            } else {
                company = pick(m_genericCompanies);
            }
        }

        const qint64 age = m_now - a.createdAt;
        const bool consent = !a.erased && chance(0.7);
        qint64 consentAt = 0;
        QString consentSource;
        if (consent) {
            const bool atSignUp = chance(0.75);
            const double later = uniform();
            consentAt
                = std::min(m_now, atSignUp ? a.createdAt + below(600) : a.createdAt + static_cast<qint64>(later * age));
            consentSource = pick(consentSources);
        }
        std::optional<int> nps;
        qint64 npsAt = 0;
        if (!a.erased && chance(0.4)) {
            static const int npsWeights[] = {2, 1, 1, 2, 2, 3, 4, 10, 20, 25, 30};
            nps = weighted(npsWeights);
            const double when = uniform();
            npsAt = a.createdAt + static_cast<qint64>(when * age);
        }

        // Orders: customers buy now and then over their time with us; partners buy wholesale.
        qint64 orders = 0;
        qint64 spent = 0;
        if (!chance(0.06)) {
            const double months = static_cast<double>(age) / (30.0 * kDay);
            const double perMonth = (a.kind == Partner ? 2.0 : a.kind == Employee ? 0.3 : 0.8) * std::exp(normal());
            const double expected = months * perMonth;
            orders = std::clamp<qint64>(std::llround(expected), 0, 400);
            if (orders == 0 && chance(0.7))
                orders = 1;
            const qint64 average = logNormal(a.kind == Partner ? 20000 : 2200, 0.4);
            spent = orders * average;
        }
        const bool hasNote = chance(0.04);
        const QString note = hasNote ? pick(notes) : QString();

        static const int tagCounts[] = {40, 30, 20, 10};
        const int tagCount = weighted(tagCounts);
        qint64 tags[3] = {-1, -1, -1};
        for (int t = 0; t < tagCount; ++t) {
            const qint64 candidate = m_tagIds[static_cast<size_t>(below(qint64(m_tagIds.size())))];
            if (std::find(std::begin(tags), std::end(tags), candidate) == std::end(tags))
                tags[t] = candidate;
        }
        qint64 updated = std::max({a.createdAt, consentAt, npsAt});
        if (chance(0.2)) {
            const double when = uniform();
            updated = std::max(updated, a.createdAt + static_cast<qint64>(when * age));
        }

        const qint64 id = i + 1;
        q.bindValue(QStringLiteral(":id"), id);
        if (a.erased) {
            // As PersonalData::erase leaves a person: a placeholder name, the numbers kept.
            q.bindValue(QStringLiteral(":first_name"), erasedName);
            q.bindValue(QStringLiteral(":last_name"), empty);
            q.bindValue(QStringLiteral(":email"), empty);
            q.bindValue(QStringLiteral(":email_norm"), nullText);
            q.bindValue(QStringLiteral(":phone"), empty);
            q.bindValue(QStringLiteral(":company"), empty);
        } else {
            const QString email = emailOf(i);
            q.bindValue(QStringLiteral(":first_name"), firstName->native);
            q.bindValue(QStringLiteral(":last_name"), lastName->native);
            q.bindValue(QStringLiteral(":email"), store::sql::text(email));
            q.bindValue(QStringLiteral(":email_norm"), email.isEmpty() ? nullText : QVariant(email.toLower()));
            q.bindValue(QStringLiteral(":phone"), store::sql::text(phone));
            q.bindValue(QStringLiteral(":company"), store::sql::text(company));
        }
        q.bindValue(QStringLiteral(":kind"), kindKeys[a.kind]);
        q.bindValue(QStringLiteral(":status"), status);
        q.bindValue(QStringLiteral(":referral_code"), codeOf(i));
        q.bindValue(
            QStringLiteral(":referred_by_id"), a.referredBy >= 0 ? QVariant(qint64(a.referredBy) + 1) : nullInt);
        q.bindValue(QStringLiteral(":consent"), consent ? 1 : 0);
        q.bindValue(QStringLiteral(":consent_at"), consent ? QVariant(consentAt) : nullInt);
        q.bindValue(QStringLiteral(":consent_source"), consent ? QVariant(consentSource) : empty);
        q.bindValue(QStringLiteral(":nps_score"), nps ? QVariant(*nps) : nullInt);
        q.bindValue(QStringLiteral(":nps_at"), nps ? QVariant(npsAt) : nullInt);
        q.bindValue(QStringLiteral(":total_spent_minor"), spent);
        q.bindValue(QStringLiteral(":order_count"), orders);
        q.bindValue(QStringLiteral(":notes"), a.erased ? empty : store::sql::text(note));
        q.bindValue(QStringLiteral(":created_at"), a.createdAt);
        q.bindValue(QStringLiteral(":updated_at"), updated);
        if (!q.exec())
            return failed(q, DemoGenerator::tr("Writing the demo advocates"));
        for (const qint64 t : tags) {
            if (t < 0 || a.erased)
                continue;
            tag.bindValue(QStringLiteral(":advocate_id"), id);
            tag.bindValue(QStringLiteral(":tag_id"), t);
            if (!tag.exec())
                return failed(tag, DemoGenerator::tr("Writing the demo advocates' tags"));
        }
    }
    QSqlQuery fts(m_db);
    for (const QString& sql : ftsTriggers) {
        if (!fts.exec(sql))
            return failed(fts, DemoGenerator::tr("Building the search index"));
    }
    if (!ftsTriggers.empty()
        && !fts.exec(QStringLiteral("INSERT INTO advocates_fts (advocates_fts) VALUES ('rebuild')")))
        return failed(fts, DemoGenerator::tr("Building the search index"));
    return {};
}

int Generator::pickCampaign(qint64 t, quint8 kind)
{
    // Specialised programmes for those they address, else a seasonal one when it runs, else the
    // always-on programme (index 0), which accepts referrals at any time.
    int special[16];
    int seasonal[16];
    int specials = 0;
    int seasonals = 0;
    for (size_t i = 1; i < m_campaigns.size(); ++i) {
        const CampaignRuntime& c = m_campaigns[i];
        if (t < c.acceptFrom || t > c.acceptUntil)
            continue;
        const Audience audience = c.spec->audience;
        if (audience == Audience::Everyone)
            seasonal[seasonals++] = static_cast<int>(i);
        else if ((audience == Audience::Partners && kind == Partner)
            || (audience == Audience::Employees && kind == Employee)
            || (audience == Audience::Influencers && kind == Influencer))
            special[specials++] = static_cast<int>(i);
    }
    if (specials > 0 && chance(0.7))
        return special[below(specials)];
    if (seasonals > 0 && chance(0.5))
        return seasonal[below(seasonals)];
    return 0;
}

Status Generator::writeReferrals()
{
    const qint64 n = m_options.referrals;
    if (n == 0)
        return {};

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO referrals (id, campaign_id, referrer_id, friend_id, friend_name, friend_email, "
        "friend_email_norm, code, channel, status, created_at, signed_up_at, converted_at, approved_at, "
        "rewarded_at, rejected_at, reversed_at, order_value_minor, order_reference, rejection_reason, notes, "
        "updated_at) VALUES (:id, :campaign_id, :referrer_id, :friend_id, :friend_name, :friend_email, "
        ":friend_email_norm, :code, :channel, :status, :created_at, :signed_up_at, :converted_at, "
        ":approved_at, :rewarded_at, :rejected_at, :reversed_at, :order_value_minor, :order_reference, "
        ":rejection_reason, :notes, :updated_at)"));
    QSqlQuery history(m_db);
    history.prepare(QStringLiteral(
        "INSERT INTO referral_status_history (referral_id, from_status, to_status, changed_at, note) VALUES "
        "(:referral_id, :from_status, :to_status, :changed_at, :note)"));
    QSqlQuery reward(m_db);
    reward.prepare(QStringLiteral(
        "INSERT INTO rewards (campaign_id, referral_id, advocate_id, side, kind, value, cost_minor, status, "
        "description, created_at, due_at, approved_at, issued_at, reversed_at, updated_at, milestone_threshold) "
        "VALUES (:campaign_id, :referral_id, :advocate_id, :side, :kind, :value, :cost_minor, :status, "
        ":description, :created_at, :due_at, :approved_at, :issued_at, :reversed_at, :updated_at, "
        ":milestone_threshold)"));

    const QVariant nullInt {QMetaType(QMetaType::LongLong)};
    const QVariant nullText {QMetaType(QMetaType::QString)};
    const QVariant empty(QString(QLatin1String("")));
    QVariant stepKeys[7];
    for (int k = 0; k < 7; ++k)
        stepKeys[k] = QString::fromLatin1(kStepKeys[k]);
    const QVariant channels[] = {QStringLiteral("email"), QStringLiteral("social"), QStringLiteral("in_person"),
        QStringLiteral("phone"), QStringLiteral("other")};
    const QVariant advocateSide(QStringLiteral("advocate"));
    const QVariant friendSide(QStringLiteral("friend"));
    const QVariant rewardStatuses[]
        = {QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("issued"), QStringLiteral("reversed")};
    const QStringList rejections = splitList(kRejectionReasons);
    const QStringList reversals = splitList(kReversalNotes);
    const QStringList notes = splitList(kReferralNotes);

    // Friends who became advocates: each gets the referral that brought them in, from the
    // advocate who referred them, dated just before they signed up.
    std::vector<qint32> referred;
    for (size_t i = 0; i < m_advocates.size(); ++i) {
        if (m_advocates[i].referredBy >= 0)
            referred.push_back(static_cast<qint32>(i));
    }
    const double linkChance = std::min(0.4, static_cast<double>(referred.size()) / static_cast<double>(n));
    size_t nextReferred = 0;

    // Per advocate: converted referrals in the ladder campaign, rewards in a capped campaign.
    std::vector<quint16> ladderCount;
    std::vector<quint16> capCount;
    if (std::any_of(m_campaigns.begin(), m_campaigns.end(), [](const CampaignRuntime& c) { return c.spec->ladder; }))
        ladderCount.assign(m_advocates.size(), 0);
    if (std::any_of(m_campaigns.begin(), m_campaigns.end(),
            [](const CampaignRuntime& c) { return c.spec->maxRewardsPerAdvocate > 0; }))
        capCount.assign(m_advocates.size(), 0);

    for (qint64 r = 0; r < n; ++r) {
        if (!tick())
            return cancelled();
        const qint64 id = r + 1;
        const qint64 t = instantOf(r, n);

        qint64 referrer = -1;
        qint64 friendRow = -1;
        qint64 createdAt = t;
        const bool tryLink = chance(linkChance);
        if (tryLink) {
            while (nextReferred < referred.size() && m_createdAt[static_cast<size_t>(referred[nextReferred])] < t)
                ++nextReferred;
            if (nextReferred < referred.size()
                && m_createdAt[static_cast<size_t>(referred[nextReferred])] - t <= 30 * kDay) {
                friendRow = referred[nextReferred++];
                referrer = m_advocates[static_cast<size_t>(friendRow)].referredBy;
                const qint64 signedUp = m_createdAt[static_cast<size_t>(friendRow)];
                const qint64 lead = std::min<qint64>(static_cast<qint64>(exponential(1.5 * kDay)), 14 * kDay);
                createdAt = std::clamp(signedUp - lead, m_createdAt[static_cast<size_t>(referrer)], signedUp);
            }
        }
        if (referrer < 0) {
            const qint64 known = std::max<qint64>(1, advocatesBy(t));
            referrer = keenAdvocate(known);
            createdAt = std::max(t, m_createdAt[static_cast<size_t>(referrer)]);
        }
        const AdvocateFacts& ref = m_advocates[static_cast<size_t>(referrer)];
        const int campaignIndex = pickCampaign(createdAt, ref.kind);
        const CampaignRuntime& campaign = m_campaigns[static_cast<size_t>(campaignIndex)];
        const CampaignSpec& spec = *campaign.spec;

        // The friend as the referrer typed them in.
        QString friendName;
        QString friendEmail;
        if (friendRow >= 0) {
            friendName = nameOf(m_advocates[static_cast<size_t>(friendRow)]);
            friendEmail = emailOf(friendRow);
        } else {
            int culture = 0;
            const Name* first = nullptr;
            const Name* last = nullptr;
            friendName = randomPersonName(&culture, &first, &last);
            if (chance(0.8)) {
                // Two dots in the local part: never one of the advocates' addresses.
                friendEmail = first->latin + QLatin1Char('.') + last->latin + QLatin1Char('.') + QString::number(id)
                    + QLatin1Char('@') + pick(m_domains);
            }
        }

        // The path the referral takes, then cut at "now": a recent referral has not got far yet.
        static const int linkedWeights[] = {0, 20, 12, 8, 42, 10, 8};
        static const int plainWeights[] = {30, 14, 10, 6, 26, 8, 6};
        const int planned = weighted(friendRow >= 0 ? linkedWeights : plainWeights);
        Step path[6];
        qint64 when[6];
        int steps = 0;
        path[steps] = Pending;
        when[steps++] = createdAt;
        const auto add = [&](Step s, qint64 delay) {
            path[steps] = s;
            when[steps] = when[steps - 1] + delay;
            ++steps;
        };
        const qint64 signUpDelay = friendRow >= 0 ? m_createdAt[static_cast<size_t>(friendRow)] - createdAt
                                                  : 300 + static_cast<qint64>(exponential(1.5 * kDay));
        if (planned == Rejected) {
            if (friendRow >= 0 || chance(0.5))
                add(SignedUp, signUpDelay);
            add(Rejected, kHour + static_cast<qint64>(exponential(3 * kDay)));
        } else if (planned != Pending) {
            add(SignedUp, signUpDelay);
            if (planned >= Converted) {
                add(Converted, 600 + static_cast<qint64>(exponential(4 * kDay)));
                if (planned >= Approved) {
                    add(Approved, spec.holdDays * kDay + static_cast<qint64>(exponential(1 * kDay)));
                    if (planned == Rewarded || (planned == Reversed && chance(0.5)))
                        add(Rewarded, 600 + static_cast<qint64>(exponential(2 * kDay)));
                    if (planned == Reversed)
                        add(Reversed, kHour + static_cast<qint64>(exponential(10 * kDay)));
                }
            }
        }
        while (steps > 1 && when[steps - 1] > m_now)
            --steps;
        const Step status = path[steps - 1];
        qint64 at[7] = {0, 0, 0, 0, 0, 0, 0};
        bool reached[7] = {false, false, false, false, false, false, false};
        for (int s = 0; s < steps; ++s) {
            at[path[s]] = when[s];
            reached[path[s]] = true;
        }

        const bool hasOrder = reached[Converted];
        qint64 orderValue = 0;
        if (hasOrder)
            orderValue
                = std::max<qint64>(std::max<qint64>(spec.minOrderMinor, 250), logNormal(spec.medianOrderMinor, 0.55));
        static const int channelWeights[] = {30, 30, 25, 5, 10};
        const int channel = weighted(channelWeights);
        const QString rejection = status == Rejected ? pick(rejections) : QString();
        const QString note = chance(0.03) ? pick(notes) : QString();
        const auto instant = [&](Step s) { return reached[s] ? QVariant(at[s]) : nullInt; };

        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":campaign_id"), campaign.id);
        q.bindValue(QStringLiteral(":referrer_id"), referrer + 1);
        q.bindValue(QStringLiteral(":friend_id"), friendRow >= 0 ? QVariant(friendRow + 1) : nullInt);
        q.bindValue(QStringLiteral(":friend_name"), store::sql::text(friendName));
        q.bindValue(QStringLiteral(":friend_email"), store::sql::text(friendEmail));
        q.bindValue(
            QStringLiteral(":friend_email_norm"), friendEmail.isEmpty() ? nullText : QVariant(friendEmail.toLower()));
        q.bindValue(QStringLiteral(":code"), codeOf(referrer));
        q.bindValue(QStringLiteral(":channel"), channels[channel]);
        q.bindValue(QStringLiteral(":status"), stepKeys[status]);
        q.bindValue(QStringLiteral(":created_at"), createdAt);
        q.bindValue(QStringLiteral(":signed_up_at"), instant(SignedUp));
        q.bindValue(QStringLiteral(":converted_at"), instant(Converted));
        q.bindValue(QStringLiteral(":approved_at"), instant(Approved));
        q.bindValue(QStringLiteral(":rewarded_at"), instant(Rewarded));
        q.bindValue(QStringLiteral(":rejected_at"), instant(Rejected));
        q.bindValue(QStringLiteral(":reversed_at"), instant(Reversed));
        q.bindValue(QStringLiteral(":order_value_minor"), hasOrder ? QVariant(orderValue) : nullInt);
        q.bindValue(
            QStringLiteral(":order_reference"), hasOrder ? QVariant(QStringLiteral("#%1").arg(100000 + id)) : empty);
        q.bindValue(QStringLiteral(":rejection_reason"), store::sql::text(rejection));
        q.bindValue(QStringLiteral(":notes"), store::sql::text(note));
        q.bindValue(QStringLiteral(":updated_at"), when[steps - 1]);
        if (!q.exec())
            return failed(q, DemoGenerator::tr("Writing the demo referrals"));

        for (int s = 0; s < steps; ++s) {
            QString stepNote;
            if (path[s] == Converted)
                stepNote = QStringLiteral("Order #%1").arg(100000 + id);
            else if (path[s] == Rejected)
                stepNote = rejection;
            else if (path[s] == Reversed)
                stepNote = pick(reversals);
            history.bindValue(QStringLiteral(":referral_id"), id);
            history.bindValue(QStringLiteral(":from_status"), s > 0 ? stepKeys[path[s - 1]] : nullText);
            history.bindValue(QStringLiteral(":to_status"), stepKeys[path[s]]);
            history.bindValue(QStringLiteral(":changed_at"), when[s]);
            history.bindValue(QStringLiteral(":note"), store::sql::text(stepNote));
            if (!history.exec())
                return failed(history, DemoGenerator::tr("Writing the demo referral history"));
        }

        // Rewards are promised at conversion (pending until the hold ends), then approved,
        // issued with the referral's reward, or reversed when the order is refunded. Their
        // ledger entries are written in one go at the end (RewardStore::writeEntriesImpliedByStatus).
        if (!hasOrder)
            continue;
        const int rewardStatus = status == Converted ? 0 : status == Approved ? 1 : status == Rewarded ? 2 : 3;
        const qint64 updated = when[steps - 1];
        const auto writeReward = [&](const QVariant& side, RewardKind kind, qint64 value, const QVariant& kindKey,
                                     const QVariant& description, const QVariant& advocate) {
            qint64 cost = value;
            if (kind == RewardKind::Points)
                cost = value * kPointValueMinor;
            else if (kind == RewardKind::PercentDiscount)
                cost = orderValue * value / 10000;
            else if (kind == RewardKind::Gift)
                cost = value * 6 / 10; // what the gift costs us to make
            reward.bindValue(QStringLiteral(":campaign_id"), campaign.id);
            reward.bindValue(QStringLiteral(":referral_id"), id);
            reward.bindValue(QStringLiteral(":advocate_id"), advocate);
            reward.bindValue(QStringLiteral(":side"), side);
            reward.bindValue(QStringLiteral(":kind"), kindKey);
            reward.bindValue(QStringLiteral(":value"), value);
            reward.bindValue(QStringLiteral(":cost_minor"), cost);
            reward.bindValue(QStringLiteral(":status"), rewardStatuses[rewardStatus]);
            reward.bindValue(QStringLiteral(":description"), description);
            reward.bindValue(QStringLiteral(":created_at"), at[Converted]);
            reward.bindValue(QStringLiteral(":due_at"), at[Converted] + spec.holdDays * kDay);
            reward.bindValue(QStringLiteral(":approved_at"), instant(Approved));
            reward.bindValue(QStringLiteral(":issued_at"), instant(Rewarded));
            reward.bindValue(QStringLiteral(":reversed_at"), instant(Reversed));
            reward.bindValue(QStringLiteral(":milestone_threshold"), nullInt);
            reward.bindValue(QStringLiteral(":updated_at"), updated);
            return reward.exec();
        };
        bool capped = false;
        if (spec.maxRewardsPerAdvocate > 0) {
            quint16& given = capCount[static_cast<size_t>(referrer)];
            capped = given >= spec.maxRewardsPerAdvocate;
            if (!capped)
                ++given;
        }
        if (spec.advocateKind != RewardKind::None && !capped
            && !writeReward(advocateSide, spec.advocateKind, spec.advocateValue, campaign.advocateKind,
                campaign.advocateDescription, QVariant(referrer + 1)))
            return failed(reward, DemoGenerator::tr("Writing the demo rewards"));
        if (spec.friendKind != RewardKind::None
            && !writeReward(friendSide, spec.friendKind, spec.friendValue, campaign.friendKind,
                campaign.friendDescription, friendRow >= 0 ? QVariant(friendRow + 1) : nullInt))
            return failed(reward, DemoGenerator::tr("Writing the demo rewards"));

        // The milestone ladder: an extra reward when an advocate's converted referrals in the
        // campaign reach a threshold; issued a few days later unless that is still ahead.
        if (spec.ladder && status != Reversed) {
            quint16& count = ladderCount[static_cast<size_t>(referrer)];
            if (count < 0xffff)
                ++count;
            for (const domain::Milestone& m : campaign.milestones) {
                if (m.threshold != count)
                    continue;
                const qint64 created = at[Converted];
                const qint64 approved = created + kDay;
                const qint64 issued = created + 3 * kDay;
                const int milestoneStatus = issued <= m_now ? 2 : approved <= m_now ? 1 : 0;
                reward.bindValue(QStringLiteral(":campaign_id"), campaign.id);
                reward.bindValue(QStringLiteral(":referral_id"), nullInt);
                reward.bindValue(QStringLiteral(":advocate_id"), referrer + 1);
                reward.bindValue(QStringLiteral(":side"), advocateSide);
                reward.bindValue(QStringLiteral(":kind"), domain::toKey(m.kind));
                reward.bindValue(QStringLiteral(":value"), m.value);
                reward.bindValue(
                    QStringLiteral(":cost_minor"), m.kind == RewardKind::Gift ? m.value * 6 / 10 : m.value);
                reward.bindValue(QStringLiteral(":status"), rewardStatuses[milestoneStatus]);
                reward.bindValue(QStringLiteral(":description"), m.description);
                reward.bindValue(QStringLiteral(":created_at"), created);
                reward.bindValue(QStringLiteral(":due_at"), approved);
                reward.bindValue(QStringLiteral(":approved_at"), milestoneStatus >= 1 ? QVariant(approved) : nullInt);
                reward.bindValue(QStringLiteral(":issued_at"), milestoneStatus >= 2 ? QVariant(issued) : nullInt);
                reward.bindValue(QStringLiteral(":reversed_at"), nullInt);
                reward.bindValue(QStringLiteral(":milestone_threshold"), m.threshold);
                reward.bindValue(QStringLiteral(":updated_at"),
                    milestoneStatus == 2       ? issued
                        : milestoneStatus == 1 ? approved
                                               : created);
                if (!reward.exec())
                    return failed(reward, DemoGenerator::tr("Writing the demo milestone rewards"));
            }
        }
    }
    return {};
}

/// A few of the newest pending referrals made suspicious, so the sample business has a review
/// queue to show: every third one names the referrer as the friend (a self-referral), the
/// others give a throwaway address. The flags are the fraud check's own, reasons and all.
/// A pass after the referrals, so the random sequence (and every other row) stays the same.
Status Generator::writeReviewQueue()
{
    const qint64 wanted = std::min<qint64>(200, m_options.referrals / 250);
    if (wanted == 0)
        return {};
    QSqlQuery pick(m_db);
    pick.prepare(QStringLiteral("SELECT r.id, a.email, r.friend_email FROM referrals r JOIN advocates a ON "
                                "a.id = r.referrer_id WHERE r.status = 'pending' AND r.friend_id IS NULL AND "
                                "r.friend_email IS NOT NULL ORDER BY r.created_at DESC, r.id DESC LIMIT ?"));
    pick.addBindValue(wanted);
    if (!pick.exec())
        return failed(pick, DemoGenerator::tr("Writing the demo review queue"));
    std::vector<std::pair<qint64, QString>> changes;
    static const char* const throwaway[] = {"mailinator.com", "yopmail.com", "guerrillamail.com", "10minutemail.com"};
    for (int i = 0; pick.next(); ++i) {
        const QString friendEmail = pick.value(2).toString();
        const QString email = i % 3 == 0
            ? pick.value(1).toString()
            : friendEmail.section(QLatin1Char('@'), 0, 0) + QLatin1Char('@') + QLatin1String(throwaway[i % 4]);
        changes.emplace_back(pick.value(0).toLongLong(), email);
    }
    pick.finish();

    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE referrals SET friend_email = :email, friend_email_norm = lower(:email) "
                                  "WHERE id = :id"));
    QSqlQuery flag(m_db);
    flag.prepare(QStringLiteral("UPDATE referrals SET review_state = 'flagged' WHERE id = ?"));
    const ManualClock clock(QDateTime::fromSecsSinceEpoch(m_now, Qt::UTC));
    store::ReferralStore referrals(m_db, clock);
    const program::FraudCheck check(m_db);
    for (const auto& [id, email] : changes) {
        update.bindValue(QStringLiteral(":email"), email);
        update.bindValue(QStringLiteral(":id"), id);
        if (!update.exec())
            return failed(update, DemoGenerator::tr("Writing the demo review queue"));
        Result<domain::Referral> referral = referrals.get(id);
        if (!referral)
            return referral.error();
        Result<std::vector<domain::FraudFlag>> flags = check.check(referral.value());
        if (!flags)
            return flags.error();
        for (domain::FraudFlag& f : flags.value())
            f.flaggedAt = referral.value().createdAt;
        if (flags.value().empty())
            continue; // an advocate without an e-mail address: nothing matched
        if (Status s = referrals.addFlags(id, flags.value()); !s)
            return s;
        flag.addBindValue(id);
        if (!flag.exec())
            return failed(flag, DemoGenerator::tr("Writing the demo review queue"));
    }
    return {};
}

Status Generator::writeMentions()
{
    const qint64 n = m_options.mentions;
    if (n == 0)
        return {};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO mentions (id, occurred_at, channel, author, advocate_id, campaign_id, sentiment, reach, "
        "url, body, incentivised, response_status, response_due_at, response_text, responded_at, "
        "resolved_at, is_testimonial, testimonial_permission_at, testimonial_permission_how, created_at, "
        "updated_at) VALUES (:id, :occurred_at, :channel, :author, :advocate_id, :campaign_id, :sentiment, "
        ":reach, :url, :body, :incentivised, :response_status, :response_due_at, :response_text, "
        ":responded_at, :resolved_at, :is_testimonial, :testimonial_permission_at, "
        ":testimonial_permission_how, :created_at, :updated_at)"));

    const QVariant nullInt {QMetaType(QMetaType::LongLong)};
    const QVariant sentiments[] = {QStringLiteral("positive"), QStringLiteral("neutral"), QStringLiteral("negative")};
    const QVariant responses[] = {QStringLiteral("none"), QStringLiteral("needs_response"), QStringLiteral("responded"),
        QStringLiteral("resolved")};
    int channelWeights[std::size(kMentionChannels)];
    QVariant channelKeys[std::size(kMentionChannels)];
    for (size_t i = 0; i < std::size(kMentionChannels); ++i) {
        channelWeights[i] = kMentionChannels[i].weight;
        channelKeys[i] = QString::fromLatin1(kMentionChannels[i].key);
    }
    const QStringList products = splitList(kProducts);
    const QStringList bodies[] = {splitList(kPositiveBodies), splitList(kNeutralBodies), splitList(kNegativeBodies)};
    const QStringList replies[]
        = {splitList(kPositiveReplies), splitList(kNeutralReplies), splitList(kNegativeReplies)};
    const QStringList hows = splitList(kPermissionHows);
    constexpr qint64 responseTarget = 24 * kHour;

    for (qint64 m = 0; m < n; ++m) {
        if (!tick())
            return cancelled();
        const qint64 occurred = instantOf(m, n);
        const int channelIndex = weighted(channelWeights);
        const MentionChannel& channel = kMentionChannels[channelIndex];
        static const int sentimentWeights[] = {65, 20, 15};
        const int sentiment = weighted(sentimentWeights);

        // Who said it: an advocate we know, a social media handle, or just a name.
        qint64 advocate = -1;
        if (!m_advocates.empty() && chance(0.3)) {
            const qint64 known = advocatesBy(occurred);
            if (known > 0) {
                const qint64 candidate = below(known);
                if (!m_advocates[static_cast<size_t>(candidate)].erased)
                    advocate = candidate;
            }
        }
        QString author;
        if (advocate >= 0) {
            author = nameOf(m_advocates[static_cast<size_t>(advocate)]);
        } else {
            int culture = 0;
            const Name* first = nullptr;
            const Name* last = nullptr;
            const QString name = randomPersonName(&culture, &first, &last);
            if (channel.social && chance(0.6))
                author = QLatin1Char('@') + first->latin + last->latin.left(1) + QString::number(below(100));
            else if (chance(0.3))
                author = first->native;
            else
                author = name;
        }

        // Now and then an advocate posts about a campaign; half of those posts earn a reward.
        qint64 campaignId = 0;
        bool incentivised = false;
        if (sentiment == 0 && chance(0.15)) {
            const int c = pickCampaign(occurred, advocate >= 0 ? m_advocates[static_cast<size_t>(advocate)].kind : 0);
            campaignId = m_campaigns[static_cast<size_t>(c)].id;
            incentivised = chance(0.5);
        }

        QString body = pick(bodies[sentiment]);
        if (body.contains(QLatin1String("%1")))
            body = body.arg(pick(products));
        if (incentivised)
            body += QStringLiteral(" #ad: I get a reward when friends order with my code.");
        // Reviews and forum posts often show no view count.
        const bool hasReach = channel.medianReach > 0 && (channel.social || !chance(0.3));
        const qint64 reach = hasReach ? std::max<qint64>(1, logNormal(channel.medianReach, 1.1)) : 0;
        QString url;
        if (*channel.host) {
            const qint64 postId = 1000000 + below(9000000);
            url = QStringLiteral("https://%1/%2").arg(QString::fromLatin1(channel.host)).arg(postId);
        }

        // Answers: negative mentions are queued with a due time; most get answered and resolved,
        // a few wait past their due time, as in a real inbox. Questions are answered too, and
        // some praise gets a thank-you.
        int response = 0;
        qint64 dueAt = 0;
        qint64 respondedAt = 0;
        qint64 resolvedAt = 0;
        const qint64 age = m_now - occurred;
        const bool needsAnswer = sentiment == 2 || (sentiment == 1 && chance(0.1));
        if (needsAnswer) {
            dueAt = occurred + responseTarget;
            const double draw = uniform();
            const double hours = static_cast<double>(logNormal(6 * kHour, 1.0));
            respondedAt = occurred + std::max<qint64>(600, static_cast<qint64>(hours));
            const double gap = exponential(2 * kDay);
            resolvedAt = respondedAt + kHour + static_cast<qint64>(gap);
            // Recent ones are often still open; a few slip through for a while, and hardly any
            // old complaint is left unanswered (the sample's queue is what a real shop's is).
            if (age < 3 * kDay ? draw < 0.65 : draw < (age < 30 * kDay ? 0.06 : 0.004))
                response = 1;
            else if (sentiment == 1 || (age < 3 * kDay ? true : draw < 0.4))
                response = 2;
            else
                response = 3;
            if (response >= 2 && respondedAt > m_now)
                response = 1;
            if (response == 3 && resolvedAt > m_now)
                response = 2;
        } else if (sentiment == 0 && chance(0.12)) {
            const double hours = exponential(10 * kHour);
            respondedAt = occurred + 600 + static_cast<qint64>(hours);
            if (respondedAt <= m_now)
                response = 2;
        }
        if (response < 2)
            respondedAt = 0;
        if (response < 3)
            resolvedAt = 0;

        bool testimonial = false;
        qint64 permissionAt = 0;
        QString how;
        if (sentiment == 0 && chance(0.25)) {
            const double wait = exponential(2 * kDay);
            permissionAt = occurred + kHour + static_cast<qint64>(wait);
            testimonial = permissionAt <= m_now;
            how = pick(hows);
        }
        if (!testimonial) {
            permissionAt = 0;
            how.clear();
        }

        // Logged a little after it happened, and before anything was done about it.
        qint64 createdAt = std::min(occurred + below(36 * kHour), m_now);
        if (respondedAt > 0)
            createdAt = std::min(createdAt, respondedAt);
        if (permissionAt > 0)
            createdAt = std::min(createdAt, permissionAt);
        const qint64 updated = std::max({createdAt, respondedAt, resolvedAt, permissionAt});

        q.bindValue(QStringLiteral(":id"), m + 1);
        q.bindValue(QStringLiteral(":occurred_at"), occurred);
        q.bindValue(QStringLiteral(":channel"), channelKeys[channelIndex]);
        q.bindValue(QStringLiteral(":author"), store::sql::text(author));
        q.bindValue(QStringLiteral(":advocate_id"), advocate >= 0 ? QVariant(advocate + 1) : nullInt);
        q.bindValue(QStringLiteral(":campaign_id"), campaignId > 0 ? QVariant(campaignId) : nullInt);
        q.bindValue(QStringLiteral(":sentiment"), sentiments[sentiment]);
        q.bindValue(QStringLiteral(":reach"), hasReach ? QVariant(reach) : nullInt);
        q.bindValue(QStringLiteral(":url"), store::sql::text(url));
        q.bindValue(QStringLiteral(":body"), store::sql::text(body));
        q.bindValue(QStringLiteral(":incentivised"), incentivised ? 1 : 0);
        q.bindValue(QStringLiteral(":response_status"), responses[response]);
        q.bindValue(QStringLiteral(":response_due_at"), dueAt > 0 ? QVariant(dueAt) : nullInt);
        q.bindValue(QStringLiteral(":response_text"),
            response >= 2 ? QVariant(pick(replies[sentiment])) : QVariant(QString(QLatin1String(""))));
        q.bindValue(QStringLiteral(":responded_at"), respondedAt > 0 ? QVariant(respondedAt) : nullInt);
        q.bindValue(QStringLiteral(":resolved_at"), resolvedAt > 0 ? QVariant(resolvedAt) : nullInt);
        q.bindValue(QStringLiteral(":is_testimonial"), testimonial ? 1 : 0);
        q.bindValue(QStringLiteral(":testimonial_permission_at"), testimonial ? QVariant(permissionAt) : nullInt);
        q.bindValue(QStringLiteral(":testimonial_permission_how"), store::sql::text(how));
        q.bindValue(QStringLiteral(":created_at"), createdAt);
        q.bindValue(QStringLiteral(":updated_at"), updated);
        if (!q.exec())
            return failed(q, DemoGenerator::tr("Writing the demo mentions"));
    }
    return {};
}

} // namespace

QString DemoGenerator::problem(const DemoOptions& options)
{
    if (options.advocates < 0 || options.referrals < 0 || options.mentions < 0)
        return tr("The numbers of advocates, referrals and mentions cannot be negative.");
    if (options.advocates > kMaxRows || options.referrals > kMaxRows || options.mentions > kMaxRows)
        return tr("The demo can have at most %1 advocates, %1 referrals and %1 mentions.")
            .arg(QLocale().toString(kMaxRows));
    if (options.referrals > 0 && options.advocates == 0)
        return tr("Referrals need advocates who make them: ask for at least one advocate.");
    if (!options.today.isValid())
        return tr("The demo needs a valid date for \"today\".");
    return {};
}

Status DemoGenerator::generate(QSqlDatabase db, const DemoOptions& options, const Progress& progress)
{
    if (const QString p = problem(options); !p.isEmpty())
        return Error {Error::Code::Invalid, p};
    return Generator(std::move(db), options, progress).run();
}

} // namespace grapevine::demo
