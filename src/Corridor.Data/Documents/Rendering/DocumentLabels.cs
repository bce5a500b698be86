namespace Corridor.Documents.Rendering;

/// <summary>The bilingual (English / Russian) labels of the printed documents.</summary>
internal static class DocumentLabels
{
    public static (string En, string Ru) Title(DocumentType type) => type switch
    {
        DocumentType.CommercialInvoice => ("Commercial invoice", "Коммерческий счёт (инвойс)"),
        DocumentType.PackingList => ("Packing list", "Упаковочный лист"),
        DocumentType.CertificateOfOrigin => ("Certificate of origin", "Сертификат о происхождении товара"),
        DocumentType.RailConsignmentNote => ("CIM/SMGS rail consignment note", "Железнодорожная накладная ЦИМ/СМГС"),
        DocumentType.RoadConsignmentNote => ("CMR road consignment note", "Международная товарно-транспортная накладная CMR"),
        DocumentType.BillOfLading => ("Bill of lading", "Коносамент"),
        DocumentType.CreditNote => ("Credit note", "Кредит-нота"),
        _ => ("Cancellation", "Аннулирование документа"),
    };

    public static readonly (string En, string Ru) Seller = ("Seller / exporter", "Продавец / экспортёр");
    public static readonly (string En, string Ru) Consignor = ("Consignor", "Грузоотправитель");
    public static readonly (string En, string Ru) Buyer = ("Buyer", "Покупатель");
    public static readonly (string En, string Ru) Consignee = ("Consignee", "Грузополучатель");
    public static readonly (string En, string Ru) Number = ("Number", "Номер");
    public static readonly (string En, string Ru) Date = ("Date of issue", "Дата выдачи");
    public static readonly (string En, string Ru) Order = ("Order", "Заказ");
    public static readonly (string En, string Ru) Incoterm = ("Terms of delivery (Incoterms 2020)", "Условия поставки (Инкотермс 2020)");
    public static readonly (string En, string Ru) Destination = ("Country of destination", "Страна назначения");
    public static readonly (string En, string Ru) Currency = ("Currency", "Валюта");
    public static readonly (string En, string Ru) Carriage = ("Contract of carriage", "Договор перевозки");
    public static readonly (string En, string Ru) Route = ("Route", "Маршрут");
    public static readonly (string En, string Ru) Form = ("Form", "Форма");
    public static readonly (string En, string Ru) OriginCriterion = ("Why this form", "Основание выбора формы");
    public static readonly (string En, string Ru) Line = ("No.", "№");
    public static readonly (string En, string Ru) Item = ("Marks and numbers", "Маркировка и номера");
    public static readonly (string En, string Ru) Description = ("Description of goods", "Наименование товара");
    public static readonly (string En, string Ru) HsCode = ("HS code", "Код ТН ВЭД");
    public static readonly (string En, string Ru) Quantity = ("Quantity", "Количество");
    public static readonly (string En, string Ru) Packages = ("Packages", "Мест");
    public static readonly (string En, string Ru) UnitPrice = ("Unit price", "Цена за ед.");
    public static readonly (string En, string Ru) Amount = ("Amount", "Сумма");
    public static readonly (string En, string Ru) NetKg = ("Net kg", "Нетто, кг");
    public static readonly (string En, string Ru) GrossKg = ("Gross kg", "Брутто, кг");
    public static readonly (string En, string Ru) Total = ("Total", "Итого");
    public static readonly (string En, string Ru) Checks = ("Checks at issue", "Проверки при выдаче");
    public static readonly (string En, string Ru) Screening = ("Sanctions screening", "Проверка по санкционным спискам");
    public static readonly (string En, string Ru) MarketAccess = ("Market access", "Допуск на рынок");
    public static readonly (string En, string Ru) IssuedBy = ("Issued by", "Выдал");
    public static readonly (string En, string Ru) Verify = ("Verify this document", "Проверка подлинности");
    public static readonly (string En, string Ru) Reason = ("Reason", "Причина");
    public static readonly (string En, string Ru) Cancels = ("Cancels document", "Аннулирует документ");
    public static readonly (string En, string Ru) Credits = ("Credits commercial invoice", "Корректирует коммерческий счёт");
    public static readonly (string En, string Ru) InvoiceTotal = ("Invoice total", "Сумма счёта");
    public static readonly (string En, string Ru) CreditedBefore = ("Credited before", "Ранее зачтено");
    public static readonly (string En, string Ru) CreditAmount = ("Amount credited", "Сумма кредит-ноты");
    public static readonly (string En, string Ru) Amendment = ("Amendment — supersedes the earlier revision", "Исправление — заменяет предыдущую редакцию");
    public static readonly (string En, string Ru) Draft = ("DRAFT — not issued, not valid", "ПРОЕКТ — не выдан, недействителен");
    public static readonly (string En, string Ru) Page = ("Page", "Стр.");
}
