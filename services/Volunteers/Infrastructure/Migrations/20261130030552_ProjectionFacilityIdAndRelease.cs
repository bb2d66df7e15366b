using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HerstelWerk.Volunteers.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ProjectionFacilityIdAndRelease : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "facility_id",
                table: "participants",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "released_on",
                table: "participants",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "facility_id",
                table: "participants");

            migrationBuilder.DropColumn(
                name: "released_on",
                table: "participants");
        }
    }
}
