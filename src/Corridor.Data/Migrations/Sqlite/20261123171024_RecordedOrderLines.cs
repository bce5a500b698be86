using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RecordedOrderLines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "recorded_order_lines",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    line_no = table.Column<int>(type: "INTEGER", nullable: false),
                    order_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    buyer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    market = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    item_kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    item_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    unit_price = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    requested_date = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recorded_order_lines", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_recorded_order_lines_organisation_id",
                table: "recorded_order_lines",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_recorded_order_lines_organisation_id_order_date",
                table: "recorded_order_lines",
                columns: new[] { "organisation_id", "order_date" });

            migrationBuilder.CreateIndex(
                name: "ix_recorded_order_lines_organisation_id_order_number_line_no",
                table: "recorded_order_lines",
                columns: new[] { "organisation_id", "order_number", "line_no" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "recorded_order_lines");
        }
    }
}
