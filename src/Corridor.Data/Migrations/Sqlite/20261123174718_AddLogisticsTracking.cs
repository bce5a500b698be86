using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddLogisticsTracking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "network_scenarios",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    changes = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_network_scenarios", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "shipments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    cargo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    origin = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    destination = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    legs = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    next_leg = table.Column<int>(type: "INTEGER", nullable: false),
                    eta = table.Column<long>(type: "INTEGER", nullable: false),
                    late = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "shipment_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    shipment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    node = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    delay_hours = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipment_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_shipment_events_shipments_shipment_id",
                        column: x => x.shipment_id,
                        principalTable: "shipments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_shipment_events_organisation_id",
                table: "shipment_events",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipment_events_shipment_id",
                table: "shipment_events",
                column: "shipment_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipments_organisation_id",
                table: "shipments",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipments_organisation_id_reference",
                table: "shipments",
                columns: new[] { "organisation_id", "reference" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "network_scenarios");

            migrationBuilder.DropTable(
                name: "shipment_events");

            migrationBuilder.DropTable(
                name: "shipments");
        }
    }
}
