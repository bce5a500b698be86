using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DocumentsCreditNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "credit_amount",
                table: "documents",
                type: "numeric(24,6)",
                precision: 24,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "credit_currency",
                table: "documents",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "credits_id",
                table: "documents",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_documents_credits_id",
                table: "documents",
                column: "credits_id");

            // Hand-added (keep when regenerating): the database refuses changes to issued documents (DocumentTriggers).
            migrationBuilder.Sql(Corridor.Documents.DocumentTriggers.PostgresUp);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Corridor.Documents.DocumentTriggers.PostgresDown);

            migrationBuilder.DropIndex(
                name: "ix_documents_credits_id",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "credit_amount",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "credit_currency",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "credits_id",
                table: "documents");
        }
    }
}
