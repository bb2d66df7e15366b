using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HerstelWerk.Placement.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Consent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "consent_withdrawn_on",
                table: "participants",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "consent_withdrawn_on",
                table: "participants");
        }
    }
}
