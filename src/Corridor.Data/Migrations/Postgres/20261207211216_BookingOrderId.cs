using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BookingOrderId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "order_id",
                table: "bookings",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_bookings_order_id",
                table: "bookings",
                column: "order_id");

            // Until now an order found its bookings by their reference, the order's number (decision 041).
            migrationBuilder.Sql("""
                UPDATE bookings SET order_id = (
                    SELECT o.id FROM orders o WHERE o.number = bookings.reference AND o.organisation_id = bookings.organisation_id)
                WHERE order_id IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_bookings_order_id",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "order_id",
                table: "bookings");
        }
    }
}
