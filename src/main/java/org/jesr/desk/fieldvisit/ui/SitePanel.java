package org.jesr.desk.fieldvisit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.jesr.desk.base.Language;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.BoundedUpload;
import org.jesr.desk.base.ui.ComponentTexts;
import org.jesr.desk.base.ui.Notifications;
import org.jesr.desk.base.ui.UploadTexts;
import org.jesr.desk.fieldvisit.Checklist;
import org.jesr.desk.fieldvisit.FieldVisitService;
import org.jesr.desk.fieldvisit.Photo;
import org.jesr.desk.fieldvisit.Site;
import org.jesr.desk.fieldvisit.SiteKind;

/** One site: where it is, the observation checklist, free notes and photos. */
class SitePanel extends Details {

    private static final int MAX_PHOTO_BYTES = 10 * 1024 * 1024;

    private final FieldVisitService visits;
    private final Div gallery = new Div();
    private Site site;

    /** @param onSaved what else on the page follows the sites (the visit report) */
    SitePanel(Site site, Checklist checklist, FieldVisitService visits, boolean editable, Runnable onSaved) {
        this.visits = visits;
        this.site = site;
        setSummaryText(site.isNew() ? getTranslation("site.new") : site.getName() + " · " + site.getDistrict());
        setOpened(site.isNew());
        Binder<Site> binder = new Binder<>(Site.class);
        TextField name = new TextField(getTranslation("site.name"));
        Select<SiteKind> kind = new Select<>();
        kind.setLabel(getTranslation("site.kind"));
        kind.setItems(SiteKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        TextField district = new TextField(getTranslation("site.district"));
        NumberField latitude = ComponentTexts.localize(new NumberField(getTranslation("site.latitude")));
        NumberField longitude = ComponentTexts.localize(new NumberField(getTranslation("site.longitude")));
        IntegerField enrolled = ComponentTexts.localize(new IntegerField(getTranslation("site.pupils-enrolled")));
        IntegerField present = ComponentTexts.localize(new IntegerField(getTranslation("site.pupils-present")));
        IntegerField teachers = ComponentTexts.localize(new IntegerField(getTranslation("site.teachers-present")));
        TextArea notes = new TextArea(getTranslation("site.notes"));
        String required = getTranslation("validation.required");
        binder.forField(name).asRequired(required).bind(Site::getName, Site::setName);
        binder.forField(kind).bind(Site::getKind, Site::setKind);
        binder.forField(district).asRequired(required).bind(Site::getDistrict, Site::setDistrict);
        binder.forField(latitude).bind(Site::getLatitude, Site::setLatitude);
        binder.forField(longitude).bind(Site::getLongitude, Site::setLongitude);
        binder.forField(enrolled).bind(Site::getPupilsEnrolled, Site::setPupilsEnrolled);
        binder.forField(present).bind(Site::getPupilsPresent, Site::setPupilsPresent);
        binder.forField(teachers).bind(Site::getTeachersPresent, Site::setTeachersPresent);
        binder.forField(notes).withNullRepresentation("").bind(Site::getNotes, Site::setNotes);
        FormLayout form = new FormLayout(name, kind, district, latitude, longitude, enrolled, present, teachers);
        // The questions of the revision this site was recorded with, which may be older than today's.
        Language language = Language.of(getLocale().getLanguage()).orElse(Language.DEFAULT);
        checklist.questions().forEach(q -> form.add(QuestionFields.bound(binder, q, language, this::getTranslation)));
        form.add(notes);
        form.setColspan(notes, 2);
        binder.setBean(site);
        binder.setReadOnly(!editable);
        add(form);
        if (editable) {
            Button save = new Button(getTranslation("action.save"), e -> {
                if (binder.validate().isOk()) {
                    Actions.run(this, () -> {
                        this.site = visits.saveSite(this.site);
                        binder.setBean(this.site);
                        setSummaryText(this.site.getName() + " · " + this.site.getDistrict());
                        Notifications.success(this, "site.saved");
                        onSaved.run();
                    });
                }
            });
            add(save);
        }
        if (!site.isNew()) {
            add(gallery);
            if (editable) {
                add(uploader());
            }
            showPhotos();
        }
    }

    private Div uploader() {
        Checkbox children = new Checkbox(getTranslation("photo.children-visible"));
        Checkbox consent = new Checkbox(getTranslation("photo.consent"));
        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setUploadHandler(BoundedUpload.inMemory(MAX_PHOTO_BYTES, (fileName, bytes) -> {
            // One photo at a time; clearing the list lets the next one be chosen.
            upload.clearFileList();
            try {
                visits.addPhoto(site.id(), bytes, children.getValue(), consent.getValue());
                showPhotos();
            } catch (TranslatedException e) {
                Notifications.error(this, e);
            }
        }));
        upload.setMaxFiles(1);
        upload.setI18n(UploadTexts.of(this));
        upload.setMaxFileSize(MAX_PHOTO_BYTES);
        upload.setAcceptedFileTypes("image/jpeg", "image/png");
        return new Div(children, consent, upload);
    }

    private void showPhotos() {
        gallery.removeAll();
        for (Photo photo : visits.photos(site.id())) {
            Image image = new Image(
                    DownloadHandler.fromInputStream(event -> {
                        byte[] bytes = visits.photoBytes(photo.id());
                        return new DownloadResponse(
                                new ByteArrayInputStream(bytes),
                                photo.getStoredName(),
                                photo.getContentType(),
                                bytes.length);
                    }),
                    getTranslation("photo.alt", site.getName()));
            image.setHeight("120px");
            gallery.add(image);
        }
    }
}
