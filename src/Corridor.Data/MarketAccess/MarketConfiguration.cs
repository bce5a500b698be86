using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.MarketAccess;

internal sealed class MarketConfiguration : IEntityTypeConfiguration<Market>
{
    public void Configure(EntityTypeBuilder<Market> b)
    {
        b.HasKey(x => x.Iso2);
        b.Property(x => x.Iso2).HasMaxLength(2);
        b.Property(x => x.CurrencyCode).HasColumnName("currency").HasMaxLength(3);
        b.Property(x => x.CustomsUnion).HasMaxLength(40);
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.Assumption).HasMaxLength(1000);
    }
}
