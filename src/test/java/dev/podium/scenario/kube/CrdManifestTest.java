package dev.podium.scenario.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioException;
import dev.podium.world.kube.spec.CrdManifest;
import dev.podium.world.kube.spec.CustomManifest;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrdManifestTest {
    /** The seed guide's DBInstance CRD (section 3.3), its fields as written, indented as YAML needs. */
    static final String SEED_CRD = String.join("\n",
            "apiVersion: apiextensions.k8s.io/v1",
            "kind: CustomResourceDefinition",
            "metadata:",
            "  name: dbinstances.example.com",
            "spec:",
            "  group: example.com",
            "  versions:",
            "    - name: v1",
            "      served: true",
            "      storage: true",
            "  scope: Namespaced",
            "  names:",
            "    plural: dbinstances",
            "    singular: dbinstance",
            "    kind: DBInstance",
            "");

    private static final String WITH_SCHEMA = SEED_CRD.replace("      storage: true\n", String.join("\n",
            "      storage: true",
            "      schema:",
            "        openAPIV3Schema:",
            "          type: object",
            "          properties:",
            "            spec:",
            "              type: object",
            "              required: [engine]",
            "              properties:",
            "                engine: {type: string, enum: [postgres, mysql]}",
            "                replicas: {type: integer, minimum: 1, maximum: 5}",
            "")) + String.join("\n",
            "---",
            "apiVersion: example.com/v1",
            "kind: DBInstance",
            "metadata: {name: orders}",
            "spec:",
            "  engine: postgres",
            "  replicas: 3",
            "");

    @Test
    void seedCrdLoadsAsWrittenWithAWarningThatItHasNoSchema() throws Exception {
        ManifestSet set = ManifestReader.read("crd.yaml", SEED_CRD + "---\napiVersion: example.com/v1\n"
                + "kind: DBInstance\nmetadata: {name: orders}\nspec: {size: 10Gi}\n");
        CrdManifest crd = (CrdManifest) set.objects().get(0);
        assertEquals("example.com/v1", crd.apiVersion());
        assertEquals("DBInstance", crd.resourceKind());
        assertEquals("dbinstances", crd.plural());
        assertTrue(crd.namespaced());
        assertFalse(crd.hasSchema());
        assertEquals(1, set.warnings().size());
        assertTrue(set.warnings().get(0).toString().contains("crd.yaml:8:7: spec.versions[0].schema: missing"),
                set.warnings()::toString);
        CustomManifest db = (CustomManifest) set.objects().get(1);
        assertEquals("default/orders", db.meta().key());
        assertEquals("10Gi", db.at("spec.size"));
    }

    @Test
    void objectIsCheckedAgainstTheSchemaAndKeepsTypedValues() throws Exception {
        ManifestSet set = ManifestReader.read("db.yaml", WITH_SCHEMA);
        assertEquals(List.of(), set.warnings());
        CustomManifest db = (CustomManifest) set.objects().get(1);
        assertEquals(3L, db.at("spec.replicas"));
        assertEquals("postgres", db.at("spec.engine"));
    }

    @Test
    void wrongTypeEnumRangeAndMissingRequiredAreErrorsAtTheirPlace() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ManifestReader.read("db.yaml",
                WITH_SCHEMA.replace("  replicas: 3", "  replicas: three").replace("  engine: postgres",
                        "  engine: oracle")));
        assertTrue(e.getMessage().contains("db.yaml:31:11: spec.engine: 'oracle' is not allowed; expected one of: "
                + "postgres, mysql"), e::getMessage);
        assertTrue(e.getMessage().contains("db.yaml:32:13: spec.replicas: expected an integer (the CRD's schema "
                + "says so), found text 'three'"), e::getMessage);
        ScenarioException range = assertThrows(ScenarioException.class, () -> ManifestReader.read("db.yaml",
                WITH_SCHEMA.replace("  replicas: 3", "  replicas: 9")));
        assertTrue(range.getMessage().contains("db.yaml:32:13: spec.replicas: 9 is out of range; expected from 1 "
                + "to 5"), range::getMessage);
        ScenarioException missing = assertThrows(ScenarioException.class, () -> ManifestReader.read("db.yaml",
                WITH_SCHEMA.replace("  engine: postgres\n", "")));
        assertTrue(missing.getMessage().contains("db.yaml:31:3: spec.engine: missing"), missing::getMessage);
    }

    @Test
    void unknownFieldIsPrunedWithAWarning() throws Exception {
        ManifestSet set = ManifestReader.read("db.yaml", WITH_SCHEMA + "  size: 10Gi\n");
        assertEquals(1, set.warnings().size());
        assertTrue(set.warnings().get(0).toString().contains("db.yaml:33:3: spec.size: unknown field, pruned"),
                set.warnings()::toString);
        assertEquals(null, ((CustomManifest) set.objects().get(1)).at("spec.size"));
    }

    @Test
    void crdNameMustBePluralDotGroupAndAnObjectNeedsItsServedVersion() {
        ScenarioException name = assertThrows(ScenarioException.class, () -> ManifestReader.read("crd.yaml",
                SEED_CRD.replace("name: dbinstances.example.com", "name: dbs.example.com")));
        assertTrue(name.getMessage().contains("metadata.name: 'dbs.example.com' must be spec.names.plural + '.' + "
                + "spec.group, that is 'dbinstances.example.com'"), name::getMessage);
        ScenarioException version = assertThrows(ScenarioException.class, () -> ManifestReader.read("db.yaml",
                WITH_SCHEMA.replace("apiVersion: example.com/v1", "apiVersion: example.com/v2")));
        assertTrue(version.getMessage().contains("db.yaml:27:13: apiVersion: DBInstance is served as example.com/v1"),
                version::getMessage);
    }

    @Test
    void objectOfAnUnregisteredKindIsStillAWarning() throws Exception {
        ManifestSet set = ManifestReader.read("x.yaml", "apiVersion: example.com/v1\nkind: Widget\n"
                + "metadata: {name: w}\n");
        assertEquals(List.of(), set.objects());
        assertTrue(set.warnings().get(0).toString().contains("unsupported kind Widget 'w'"), set.warnings()::toString);
    }
}
