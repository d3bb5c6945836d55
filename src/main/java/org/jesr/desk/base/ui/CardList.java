package org.jesr.desk.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A list of long texts that reads on a tablet: each item is a card with its whole text wrapped,
 * never a row of cells cut at ten characters. Tapping a card opens the item (its detail and its
 * actions), so no action has to fit beside the text. One component for every such list.
 *
 * <p>It is a {@link Grid} underneath, for its lazy rendering, selection and empty-state text; the
 * card is rendered by Lit, which writes the user's text as text, never as markup.
 */
public class CardList<T> extends Composite<Grid<T>> {

    /**
     * What a card shows. Blank parts are left out.
     *
     * @param title  the first line, in bold
     * @param status a short state shown as a badge (e.g. "Agreed", "Overdue")
     * @param body   the item's text, wrapped in full
     * @param quote  a second text set apart, such as a reply
     * @param meta   who, where and when, in small type
     */
    public record Card(String title, String status, String body, String quote, String meta) {

        public static Card of(String title, String status, String body, String meta) {
            return new Card(title, status, body, "", meta);
        }
    }

    private static final String TEMPLATE = """
            <div class="card-item" data-alert="${item.alert}">
              <div class="card-head">
                <span class="card-title">${item.title}</span>
                <span class="card-status" ?hidden="${!item.status}">${item.status}</span>
              </div>
              <div class="card-body" ?hidden="${!item.body}">${item.body}</div>
              <div class="card-quote" ?hidden="${!item.quote}">${item.quote}</div>
              <div class="card-meta" ?hidden="${!item.meta}">${item.meta}</div>
            </div>""";

    private final Grid<T> grid;
    private final Function<T, Card> cards;

    /**
     * @param cards what each item's card says
     * @param alert which items to mark (overdue, failed); their card gets a coloured edge
     */
    public CardList(String id, Function<T, Card> cards, Function<T, Boolean> alert) {
        this.cards = cards;
        grid = new Grid<>();
        grid.setId(id);
        grid.addClassName("card-list");
        grid.addThemeVariants(
                GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS);
        grid.addColumn(LitRenderer.<T>of(TEMPLATE)
                        .withProperty("title", t -> cards.apply(t).title())
                        .withProperty("status", t -> cards.apply(t).status())
                        .withProperty("body", t -> cards.apply(t).body())
                        .withProperty("quote", t -> cards.apply(t).quote())
                        .withProperty("meta", t -> cards.apply(t).meta())
                        .withProperty("alert", t -> alert.apply(t) ? "true" : "false"))
                .setKey("card");
    }

    public CardList(String id, Function<T, Card> cards) {
        this(id, cards, t -> false);
    }

    @Override
    protected Grid<T> initContent() {
        return grid;
    }

    /** What a tap on a card does: open the item's detail or its dialog. */
    public CardList<T> onOpen(Consumer<T> open) {
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        grid.addClassName("card-list-openable");
        return this;
    }

    public void setItems(Collection<T> items) {
        grid.setItems(items);
    }

    public void setEmptyStateText(String text) {
        grid.setEmptyStateText(text);
    }

    /** The grid itself, for selection and for tests. */
    public Grid<T> grid() {
        return grid;
    }

    /** What the card of this item says. */
    public Card card(T item) {
        return cards.apply(item);
    }

    /** Joins the non-blank parts of a meta line with a middle dot. */
    public static String join(@Nullable String... parts) {
        StringBuilder line = new StringBuilder();
        for (String part : parts) {
            if (part == null || part.isBlank()) {
                continue;
            }
            if (!line.isEmpty()) {
                line.append(" · ");
            }
            line.append(part);
        }
        return line.toString();
    }
}
