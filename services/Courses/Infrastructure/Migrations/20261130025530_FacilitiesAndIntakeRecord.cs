using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace HerstelWerk.Courses.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class FacilitiesAndIntakeRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "contact_language",
                table: "participants",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "date_of_birth",
                table: "participants",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "facility_id",
                table: "participants",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "prison_number",
                table: "participants",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "facilities",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_facilities", x => x.id);
                });

            migrationBuilder.InsertData(
                table: "facilities",
                columns: new[] { "id", "city", "is_active", "kind", "name" },
                values: new object[,]
                {
                    { "fpc-kijvelanden", "Poortugaal", true, "ForensicCentre", "FPC De Kijvelanden" },
                    { "fpc-mesdag", "Groningen", true, "ForensicCentre", "FPC Dr. S. van Mesdag" },
                    { "fpc-oostvaarderskliniek", "Almere", true, "ForensicCentre", "FPC Oostvaarderskliniek" },
                    { "fpc-pompestichting", "Nijmegen", true, "ForensicCentre", "FPC Pompestichting" },
                    { "fpc-rooyse-wissel", "Venray", true, "ForensicCentre", "FPC De Rooyse Wissel" },
                    { "fpc-van-der-hoeven", "Utrecht", true, "ForensicCentre", "FPC Van der Hoeven Kliniek" },
                    { "fpc-veldzicht", "Balkbrug", true, "ForensicCentre", "FPC Veldzicht" },
                    { "jc-schiphol", "Badhoevedorp", true, "Penitentiary", "Justitieel Complex Schiphol" },
                    { "pi-almelo", "Almelo", true, "Penitentiary", "PI Almelo" },
                    { "pi-alphen", "Alphen aan den Rijn", true, "Penitentiary", "PI Alphen aan den Rijn" },
                    { "pi-arnhem", "Arnhem", true, "Penitentiary", "PI Arnhem" },
                    { "pi-dordrecht", "Dordrecht", true, "Penitentiary", "PI Dordrecht" },
                    { "pi-grave", "Grave", true, "Penitentiary", "PI Grave" },
                    { "pi-groningen", "Groningen", true, "Penitentiary", "PI Groningen" },
                    { "pi-haaglanden", "Den Haag", true, "Penitentiary", "PI Haaglanden" },
                    { "pi-heerhugowaard", "Heerhugowaard", true, "Penitentiary", "PI Heerhugowaard" },
                    { "pi-krimpen", "Krimpen aan den IJssel", true, "Penitentiary", "PI Krimpen aan den IJssel" },
                    { "pi-leeuwarden", "Leeuwarden", true, "Penitentiary", "PI Leeuwarden" },
                    { "pi-lelystad", "Lelystad", true, "Penitentiary", "PI Lelystad" },
                    { "pi-middelburg", "Middelburg", true, "Penitentiary", "PI Middelburg" },
                    { "pi-nieuwegein", "Nieuwegein", true, "Penitentiary", "PI Nieuwegein" },
                    { "pi-roermond", "Roermond", true, "Penitentiary", "PI Roermond" },
                    { "pi-rotterdam", "Rotterdam", true, "Penitentiary", "PI Rotterdam" },
                    { "pi-sittard", "Sittard", true, "Penitentiary", "PI Sittard" },
                    { "pi-ter-apel", "Ter Apel", true, "Penitentiary", "PI Ter Apel" },
                    { "pi-veenhuizen", "Veenhuizen", true, "Penitentiary", "PI Veenhuizen" },
                    { "pi-vught", "Vught", true, "Penitentiary", "PI Vught" },
                    { "pi-zaanstad", "Westzaan", true, "Penitentiary", "PI Zaanstad" },
                    { "pi-zwolle", "Zwolle", true, "Penitentiary", "PI Zwolle" }
                });

            // Participants registered before facilities became reference data keep their facility
            // when its name is on the list; any other name cannot be matched and is left empty.
            migrationBuilder.Sql("""
                UPDATE participants p SET facility_id = f.id
                FROM facilities f
                WHERE f.name = p.facility;
                """);

            migrationBuilder.DropColumn(
                name: "facility",
                table: "participants");

            migrationBuilder.CreateIndex(
                name: "ix_participants_facility_id",
                table: "participants",
                column: "facility_id");

            migrationBuilder.CreateIndex(
                name: "ix_participants_prison_number",
                table: "participants",
                column: "prison_number");

            migrationBuilder.CreateIndex(
                name: "ix_facilities_name",
                table: "facilities",
                column: "name",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_participants_facilities_facility_id",
                table: "participants",
                column: "facility_id",
                principalTable: "facilities",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_participants_facilities_facility_id",
                table: "participants");

            migrationBuilder.DropTable(
                name: "facilities");

            migrationBuilder.DropIndex(
                name: "ix_participants_facility_id",
                table: "participants");

            migrationBuilder.DropIndex(
                name: "ix_participants_prison_number",
                table: "participants");

            migrationBuilder.DropColumn(
                name: "contact_language",
                table: "participants");

            migrationBuilder.DropColumn(
                name: "date_of_birth",
                table: "participants");

            migrationBuilder.DropColumn(
                name: "facility_id",
                table: "participants");

            migrationBuilder.DropColumn(
                name: "prison_number",
                table: "participants");

            migrationBuilder.AddColumn<string>(
                name: "facility",
                table: "participants",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }
    }
}
