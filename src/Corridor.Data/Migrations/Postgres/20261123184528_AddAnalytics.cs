using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddAnalytics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "shipment_lead_times",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    market = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    maker = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    product_group = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    lead_days = table.Column<int>(type: "integer", nullable: false),
                    lines = table.Column<long>(type: "bigint", nullable: false),
                    on_time_lines = table.Column<long>(type: "bigint", nullable: false),
                    units = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipment_lead_times", x => new { x.organisation_id, x.month, x.market, x.maker, x.product_group, x.lead_days });
                });

            migrationBuilder.CreateTable(
                name: "shipment_lines",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_no = table.Column<long>(type: "bigint", nullable: false),
                    order_no = table.Column<long>(type: "bigint", nullable: false),
                    origin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    order_date = table.Column<DateOnly>(type: "date", nullable: false),
                    ship_date = table.Column<DateOnly>(type: "date", nullable: false),
                    delivery_date = table.Column<DateOnly>(type: "date", nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    ship_month = table.Column<int>(type: "integer", nullable: false),
                    market = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    maker = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    item_kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    item_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    product_group = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    units = table.Column<int>(type: "integer", nullable: false),
                    weight_kg = table.Column<long>(type: "bigint", nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    value_minor = table.Column<long>(type: "bigint", nullable: false),
                    value_usd_cents = table.Column<long>(type: "bigint", nullable: false),
                    route_id = table.Column<int>(type: "integer", nullable: false),
                    branch = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    lead_days = table.Column<int>(type: "integer", nullable: false),
                    on_time = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipment_lines", x => new { x.organisation_id, x.line_no });
                });

            migrationBuilder.CreateTable(
                name: "shipment_monthly",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    market = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    item_kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    item_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    route_id = table.Column<int>(type: "integer", nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    maker = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    product_group = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    branch = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    lines = table.Column<long>(type: "bigint", nullable: false),
                    units = table.Column<long>(type: "bigint", nullable: false),
                    weight_kg = table.Column<long>(type: "bigint", nullable: false),
                    value_minor = table.Column<long>(type: "bigint", nullable: false),
                    value_usd_cents = table.Column<long>(type: "bigint", nullable: false),
                    on_time_lines = table.Column<long>(type: "bigint", nullable: false),
                    lead_days_sum = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipment_monthly", x => new { x.organisation_id, x.month, x.market, x.item_kind, x.item_code, x.route_id, x.currency });
                });

            migrationBuilder.CreateTable(
                name: "shipment_routes",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<int>(type: "integer", nullable: false),
                    origin = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    destination = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    branch = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipment_routes", x => new { x.organisation_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "shipment_route_links",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    route_id = table.Column<int>(type: "integer", nullable: false),
                    seq = table.Column<int>(type: "integer", nullable: false),
                    link_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    from_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    to_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipment_route_links", x => new { x.organisation_id, x.route_id, x.seq });
                    table.ForeignKey(
                        name: "fk_shipment_route_links_shipment_routes_organisation_id_route_",
                        columns: x => new { x.organisation_id, x.route_id },
                        principalTable: "shipment_routes",
                        principalColumns: new[] { "organisation_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_shipment_lead_times_organisation_id",
                table: "shipment_lead_times",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipment_lines_organisation_id",
                table: "shipment_lines",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipment_lines_organisation_id_ship_month_market",
                table: "shipment_lines",
                columns: new[] { "organisation_id", "ship_month", "market" });

            migrationBuilder.CreateIndex(
                name: "ix_shipment_monthly_organisation_id",
                table: "shipment_monthly",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipment_route_links_organisation_id",
                table: "shipment_route_links",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipment_routes_organisation_id",
                table: "shipment_routes",
                column: "organisation_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "shipment_lead_times");

            migrationBuilder.DropTable(
                name: "shipment_lines");

            migrationBuilder.DropTable(
                name: "shipment_monthly");

            migrationBuilder.DropTable(
                name: "shipment_route_links");

            migrationBuilder.DropTable(
                name: "shipment_routes");
        }
    }
}
