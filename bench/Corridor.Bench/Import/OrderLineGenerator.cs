using System.Globalization;
using System.Text;

namespace Corridor.Bench.Import;

/// <summary>
/// Writes a deterministic <c>order-lines.csv</c> of N rows that refers to the reference catalogue and markets
/// (so every row is valid and imports): orders of 1–8 lines, models and parts, dates spread over 2014–2025.
/// </summary>
public static class OrderLineGenerator
{
    private static readonly string[] Models = ["SAMAND", "RUNNA", "RIRA", "TARA", "SHAHIN", "QUICK", "LADA-GRANTA", "LADA-VESTA"];
    private static readonly string[] Parts = ["IKCO-RAD-001", "SAIPA-RAD-001", "IKCO-SUS-001", "SAIPA-SUS-001", "IKCO-CST-001", "IKCO-BRK-001", "SAIPA-ELE-001", "IKCO-FLT-001"];
    private static readonly string[] Markets = ["RU", "BY", "KZ", "AZ", "AM", "VE", "IQ", "OM"];
    private static readonly string[] Buyers = ["Avtotor", "Minsk Motor Trade", "Caspian Auto", "Astrakhan Dealer Group", "Caracas Motors", "Baghdad Auto"];

    public static void Write(string path, int rows, int seed)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.WriteLine("order_number,line,order_date,buyer,market,item_kind,item_code,quantity,unit_price,currency,requested_date");
        var start = new DateOnly(2014, 1, 1);
        var written = 0;
        var order = 0;
        while (written < rows)
        {
            order++;
            var lines = Math.Min(rows - written, random.Next(1, 9));
            var date = start.AddDays(random.Next(0, 12 * 365));
            var market = Markets[random.Next(Markets.Length)];
            var buyer = Buyers[random.Next(Buyers.Length)];
            for (var line = 1; line <= lines; line++)
            {
                var isModel = random.Next(4) != 0;
                var item = isModel ? Models[random.Next(Models.Length)] : Parts[random.Next(Parts.Length)];
                var quantity = isModel ? random.Next(1, 500) : random.Next(10, 5000);
                var price = isModel ? 12_000m + random.Next(0, 400_000) / 100m : 20m + random.Next(0, 20_000) / 100m;
                var requested = random.Next(3) == 0 ? "" : date.AddDays(random.Next(14, 120)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                writer.Write(string.Create(CultureInfo.InvariantCulture,
                    $"SO-{order:D8},{line},{date:yyyy-MM-dd},{buyer},{market},{(isModel ? "model" : "part")},{item},{quantity},{price},USD,{requested}\n"));
                written++;
            }
        }
    }
}
