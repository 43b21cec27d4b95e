package org.offtake.forecast.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class HierarchyTest {

    /** Two items in two ATC groups, a total; amoxicillin in three regions, insulin in two. */
    static Hierarchy small() {
        return Hierarchy.builder()
                .bottom("amox/ALA", "amox", "ALA").bottom("amox/AST", "amox", "AST")
                .bottom("insulin/ALA", "insulin", "ALA").bottom("amox/SHY", "amox", "SHY")
                .bottom("insulin/AST", "insulin", "AST")
                .grouping("atc", Map.of("amox", "J01", "insulin", "A10", "not-in-hierarchy", "X"))
                .total("national")
                .build();
    }

    @Test
    void nodes_areOrderedTotalGroupsItemsBottoms() {
        Hierarchy h = small();
        assertThat(h.nodes()).extracting(Node::key).containsExactly("national", "J01", "A10", "amox", "insulin",
                "amox/ALA", "amox/AST", "insulin/ALA", "amox/SHY", "insulin/AST");
        assertThat(h.nodes()).extracting(Node::level).containsExactly(Level.TOTAL, Level.GROUP, Level.GROUP,
                Level.ITEM, Level.ITEM, Level.BOTTOM, Level.BOTTOM, Level.BOTTOM, Level.BOTTOM, Level.BOTTOM);
        assertThat(h.node("amox/SHY")).isEqualTo(new Node("amox/SHY", Level.BOTTOM, "amox", "SHY", ""));
        assertThat(h.node("J01")).isEqualTo(new Node("J01", Level.GROUP, "", "", "atc"));
        assertThat(h.items()).containsExactly("amox", "insulin");
        assertThat(h.bottomCount()).isEqualTo(5);
        assertThat(h.size()).isEqualTo(10);
        assertThat(h.total()).contains("national");
    }

    @Test
    void childrenParentsAndBottoms_followTheStructure() {
        Hierarchy h = small();
        assertThat(h.children("national")).containsExactly("amox", "insulin");
        assertThat(h.children("A10")).containsExactly("insulin");
        assertThat(h.children("amox")).containsExactly("amox/ALA", "amox/AST", "amox/SHY");
        assertThat(h.children("amox/ALA")).isEmpty();
        assertThat(h.parents("amox/ALA")).containsExactly("amox");
        assertThat(h.parents("amox")).containsExactly("J01", "national");
        assertThat(h.parents("J01")).containsExactly("national");
        assertThat(h.parents("national")).isEmpty();
        assertThat(h.bottomsOf("national")).containsExactly("amox/ALA", "amox/AST", "amox/SHY", "insulin/ALA",
                "insulin/AST");
        assertThat(h.bottomsOf("A10")).containsExactly("insulin/ALA", "insulin/AST");
        assertThat(h.bottomsOf("insulin/AST")).containsExactly("insulin/AST");
    }

    @Test
    void itemBlock_isTheItemAndItsRegions() {
        Block b = small().itemBlock("amox");
        assertThat(b.name()).isEqualTo("amox");
        assertThat(b.keys()).containsExactly("amox", "amox/ALA", "amox/AST", "amox/SHY");
        assertThat(b.aggregateKeys()).containsExactly("amox");
        assertThat(b.bottomKeys()).containsExactly("amox/ALA", "amox/AST", "amox/SHY");
        assertThat(b.summingMatrix()).isEqualTo(MatrixUtils.createRealMatrix(new double[][] {
                {1, 1, 1}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}}));
    }

    @Test
    void summingMatrix_ofTheWholeHierarchy_hasOneRowPerNode() {
        RealMatrix s = small().summingMatrix();
        // Columns: amox/ALA, amox/AST, insulin/ALA, amox/SHY, insulin/AST.
        assertThat(s).isEqualTo(MatrixUtils.createRealMatrix(new double[][] {
                {1, 1, 1, 1, 1},
                {1, 1, 0, 1, 0},
                {0, 0, 1, 0, 1},
                {1, 1, 0, 1, 0},
                {0, 0, 1, 0, 1},
                {1, 0, 0, 0, 0}, {0, 1, 0, 0, 0}, {0, 0, 1, 0, 0}, {0, 0, 0, 1, 0}, {0, 0, 0, 0, 1}}));
        assertThat(small().wholeBlock().keys()).containsExactly("national", "J01", "A10", "amox", "insulin",
                "amox/ALA", "amox/AST", "insulin/ALA", "amox/SHY", "insulin/AST");
    }

    @Test
    void build_duplicateBottomKey_namesTheKey() {
        assertThatThrownBy(() -> Hierarchy.builder().bottom("a/1", "a", "1").bottom("a/1", "a", "2").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bottom key 'a/1' appears twice");
    }

    @Test
    void build_sameItemTwiceInARegion_namesBothKeys() {
        assertThatThrownBy(() -> Hierarchy.builder().bottom("a/1", "a", "1").bottom("a-1", "a", "1").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bottom 'a-1': item 'a' in region '1' is already the bottom 'a/1'");
    }

    @Test
    void build_itemWithoutGroup_namesItemAndGrouping() {
        assertThatThrownBy(() -> Hierarchy.builder().bottom("a/1", "a", "1").bottom("b/1", "b", "1")
                .grouping("atc", Map.of("a", "J01")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item 'b' has no group in grouping 'atc'");
    }

    @Test
    void build_keyOnTwoLevels_isRejected() {
        assertThatThrownBy(() -> Hierarchy.builder().bottom("a", "a", "1").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key 'a' names both an item and a bottom (item 'a', region '1')");
        assertThatThrownBy(() -> Hierarchy.builder().bottom("a/1", "a", "1").grouping("atc", item -> "a").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key 'a' names both a group of grouping 'atc' and an item");
        assertThatThrownBy(() -> Hierarchy.builder().bottom("a/1", "a", "1").bottom("b/1", "b", "1")
                .grouping("atc", item -> "G").grouping("program", item -> "G").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("group key 'G' of grouping 'program' is already a group of grouping 'atc'");
    }

    @Test
    void build_blankOrMissingParts_areRejected() {
        assertThatThrownBy(() -> Hierarchy.builder().build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one bottom");
        assertThatThrownBy(() -> Hierarchy.builder().bottom("k", " ", "r"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("item of 'k' must not be blank");
        assertThatThrownBy(() -> Hierarchy.builder().total("t").total("u")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Hierarchy.builder().grouping("g", i -> "x").grouping("g", i -> "y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grouping 'g' was already added");
    }

    @Test
    void lookups_ofUnknownKeys_sayWhatExists() {
        Hierarchy h = small();
        assertThatThrownBy(() -> h.itemBlock("aspirin")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'aspirin' is not an item").hasMessageContaining("[amox, insulin]");
        assertThatThrownBy(() -> h.node("aspirin/ALA")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'aspirin/ALA' is not a node");
        assertThatThrownBy(() -> h.itemBlock("amox").indexOf("insulin/ALA"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'insulin/ALA' is not a node of block 'amox'");
    }

    @Test
    void wholeBlock_ofALargeHierarchy_pointsToItemBlocks() {
        Hierarchy.Builder b = Hierarchy.builder();
        for (int i = 0; i < 100; i++) {
            for (int r = 0; r < 20; r++) {
                b.bottom("i" + i + "/" + r, "i" + i, "r" + r);
            }
        }
        Hierarchy h = b.build();
        assertThat(h.size()).isEqualTo(2_100);
        assertThatThrownBy(h::wholeBlock).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2100 nodes").hasMessageContaining("itemBlock(item)");
        assertThat(h.itemBlock("i99").summingMatrix().getRowDimension()).isEqualTo(21);
    }

    @Test
    void blockBottomsOf_listsTheSummedBottoms() {
        Block b = small().wholeBlock();
        assertThat(b.bottomsOf("J01")).containsExactly("amox/ALA", "amox/AST", "amox/SHY");
        assertThat(b.bottomsOf("amox/AST")).isEqualTo(List.of("amox/AST"));
        assertThat(b.aggregateCount()).isEqualTo(5);
        assertThat(b.bottomCount()).isEqualTo(5);
    }
}
