using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Trade;

internal sealed class RecordedOrderLineConfiguration : IEntityTypeConfiguration<RecordedOrderLine>
{
    public void Configure(EntityTypeBuilder<RecordedOrderLine> b)
    {
        b.ToTable("recorded_order_lines");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedOnAdd();
        b.Property(x => x.OrderNumber).HasMaxLength(40);
        b.Property(x => x.Buyer).HasMaxLength(200);
        b.Property(x => x.Market).HasMaxLength(2);
        b.Property(x => x.ItemKind).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.ItemCode).HasMaxLength(40);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.HasIndex(x => new { x.OrganisationId, x.OrderNumber, x.LineNo }).IsUnique();
        b.HasIndex(x => new { x.OrganisationId, x.OrderDate });
    }
}
