package org.offtake.forecast.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GroupTotalsTest {

    private static final Hierarchy HIERARCHY = Generated.hierarchy(5, 101);
    private static final Reconciler MINT = Reconciler.builder().method(ReconciliationMethod.MINT_SHRINK)
            .nonNegative().build();

    private static Map<String, Reconciled> reconciledItems() {
        Map<String, Reconciled> out = new LinkedHashMap<>();
        for (String item : HIERARCHY.items()) {
            out.put(item, MINT.reconcile(Generated.base(HIERARCHY.itemBlock(item), 102 + item.hashCode())));
        }
        return out;
    }

    @Test
    void groupsAndTotal_areSumsOfReconciledItems_pathByPath() {
        Map<String, Reconciled> items = reconciledItems();
        GroupTotals totals = GroupTotals.of(HIERARCHY);
        items.values().forEach(totals::add);
        assertThat(totals.keys()).containsExactly("all", "J01", "A10");
        assertThat(totals.missingItems()).isEmpty();
        for (String group : totals.keys()) {
            List<String> members = HIERARCHY.children(group);
            for (int t = 0; t < Generated.HORIZON; t++) {
                double mean = 0;
                for (String item : members) {
                    mean += items.get(item).mean(item)[t];
                }
                assertThat(totals.mean(group)[t]).as(group + " step " + t).isCloseTo(mean, within(1e-9 * mean));
                for (int p = 0; p < Generated.PATHS; p++) {
                    double sum = 0;
                    for (String item : members) {
                        sum += items.get(item).value(item, p, t);
                    }
                    assertThat(totals.paths(group).value(p, t)).isCloseTo(sum, within(1e-9 * Math.max(1, sum)));
                }
            }
        }
        // J01 holds the even items: item0, item2, item4.
        assertThat(HIERARCHY.children("J01")).containsExactly("item0", "item2", "item4");
        double[] allTotals = totals.paths("all").totals(0, Generated.HORIZON);
        double[] j01 = totals.paths("J01").totals(0, Generated.HORIZON);
        double[] a10 = totals.paths("A10").totals(0, Generated.HORIZON);
        for (int p = 0; p < allTotals.length; p++) {
            assertThat(allTotals[p]).isCloseTo(j01[p] + a10[p], within(1e-9 * allTotals[p]));
        }
    }

    @Test
    void incompleteGroup_namesTheMissingItem() {
        Map<String, Reconciled> items = reconciledItems();
        GroupTotals totals = GroupTotals.of(HIERARCHY).add(items.get("item0")).add(items.get("item2"));
        assertThat(totals.missingItems()).containsExactly("item1", "item3", "item4");
        assertThatThrownBy(() -> totals.mean("J01")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'J01' is not complete: item 'item4' has not been added");
        assertThatThrownBy(() -> totals.add(items.get("item0"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item 'item0' was already added");
        assertThatThrownBy(() -> totals.mean("item0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'item0' is not a group or the total; GroupTotals holds [all, J01, A10]");
    }

    @Test
    void add_otherBlocksOrShapes_isRejected() {
        GroupTotals totals = GroupTotals.of(HIERARCHY);
        Reconciled whole = Reconciler.builder().method(ReconciliationMethod.OLS).build()
                .reconcile(Generated.base(HIERARCHY.wholeBlock(), 1));
        assertThatThrownBy(() -> totals.add(whole)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("block 'whole hierarchy' is not an item block of the hierarchy");
        totals.add(reconciledItems().get("item1"));
        Block item3 = HIERARCHY.itemBlock("item3");
        Reconciled withoutPaths = MINT.reconcile(Generated.builder(item3, 5, false).build());
        assertThatThrownBy(() -> totals.add(withoutPaths)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item 'item3': horizon 4 with 0 paths, expected horizon 4 with 50 paths");
        assertThat(totals.missingItems()).contains("item3");
    }
}
