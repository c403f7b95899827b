package nl.onderstroom.scan;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.onderstroom.base.EmailAddress;
import nl.onderstroom.base.Translations;
import nl.onderstroom.base.UserError;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations by e-mail, and reminders to those who have not answered yet. Each address gets its own one-time code;
 * the address is kept only to send reminders and deleted when the scan closes. A reminder carries a fresh code
 * (only hashes are kept, so the first one cannot be sent again); the draft moves with it.
 *
 * <p>We do not know a respondent's language, so every message is in both: first in the language of the advisor who
 * sends it, then in the other. Each half names the organisation and gives the deadline in its own date format.
 */
@Service
public class EmailInvitationService {

    private static final Logger LOG = LoggerFactory.getLogger(EmailInvitationService.class);
    public static final int MAX_ADDRESSES = 2_000;

    private final ScanAccess access;
    private final InvitationService invitationRules;
    private final OrganisationService organisations;
    private final InvitationRepository invitations;
    private final EmailInvitationRepository emails;
    private final DraftRepository drafts;
    private final CodeSecret secret;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final String publicUrl;
    private final InvitationCodes codes = new InvitationCodes();

    EmailInvitationService(ScanAccess access, InvitationService invitationRules, OrganisationService organisations,
                           InvitationRepository invitations, EmailInvitationRepository emails, DraftRepository drafts,
                           CodeSecret secret, ObjectProvider<JavaMailSender> mail,
                           @Value("${onderstroom.mail.from:onderstroom@localhost}") String from,
                           @Value("${onderstroom.public-url:http://localhost:8080}") String publicUrl) {
        this.access = access;
        this.invitationRules = invitationRules;
        this.organisations = organisations;
        this.invitations = invitations;
        this.emails = emails;
        this.drafts = drafts;
        this.secret = secret;
        this.mail = mail;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    /** Sends each address an invitation with its own code for the department. Returns the number sent. */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public int invite(long scanId, long departmentId, List<String> addresses, Locale locale) {
        Scan scan = access.writable(scanId);
        if (scan.getStatus() != ScanStatus.OPEN) {
            throw new UserError("scan.error.mailNeedsOpen");
        }
        invitationRules.requireNoImport(scan);
        access.departmentName(scan, departmentId);
        Set<String> clean = new LinkedHashSet<>();
        for (String a : addresses) {
            String s = a == null ? "" : a.strip();
            if (s.isEmpty()) {
                continue;
            }
            clean.add(EmailAddress.normalise(s).orElseThrow(() -> new UserError("scan.error.address", s)));
        }
        if (clean.isEmpty() || clean.size() > MAX_ADDRESSES) {
            throw new UserError("scan.error.noAddresses");
        }
        JavaMailSender sender = sender();
        String organisation = organisations.organisation(scan.getOrganisationId()).name();
        List<SimpleMailMessage> messages = new ArrayList<>();
        for (String address : clean) {
            String code = codes.newInvitationCode();
            Invitation invitation = invitations.save(new Invitation(scanId, departmentId, secret.codeHash(code),
                    Invitation.Kind.EMAIL));
            emails.save(new EmailInvitation(scanId, invitation.getId(), address));
            messages.add(message(address, scan, code, locale, "scan.mail.invite", organisation));
        }
        invitationRules.codesMailed(scan, departmentId, messages.size());
        send(sender, messages);
        return messages.size();
    }

    /** Reminds every address whose code is unused, with a fresh code. Returns the number sent. */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public int remind(long scanId, Locale locale) {
        Scan scan = access.writable(scanId);
        if (scan.getStatus() != ScanStatus.OPEN) {
            throw new UserError("scan.error.mailNeedsOpen");
        }
        JavaMailSender sender = sender();
        String organisation = organisations.organisation(scan.getOrganisationId()).name();
        List<SimpleMailMessage> messages = new ArrayList<>();
        for (EmailInvitation e : emails.findByScanIdOrderById(scanId)) {
            Optional<Invitation> invitation = invitations.findById(e.getInvitationId());
            if (invitation.isEmpty() || invitation.get().isUsed()) {
                continue;
            }
            String code = codes.newInvitationCode();
            String oldHash = invitation.get().getCodeHash();
            String newHash = secret.codeHash(code);
            drafts.findById(oldHash).ifPresent(d -> {
                drafts.save(new Draft(newHash, d.getScanId(), null, d.getContent()));
                drafts.delete(d);
            });
            invitation.get().setCodeHash(newHash);
            e.countReminder();
            messages.add(message(e.getAddress(), scan, code, locale, "scan.mail.remind", organisation));
        }
        send(sender, messages);
        return messages.size();
    }

    /** How many addresses the scan still keeps (0 once closed). */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public long addressCount(long scanId) {
        access.writable(scanId);
        return emails.countByScanId(scanId);
    }

    private JavaMailSender sender() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new UserError("scan.error.mailNotConfigured");
        }
        return sender;
    }

    private void send(JavaMailSender sender, List<SimpleMailMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        try {
            sender.send(messages.toArray(SimpleMailMessage[]::new));
        } catch (MailException e) {
            // the exception text may hold addresses: log the type only
            LOG.warn("Sending {} invitation mails failed: {}", messages.size(), e.getClass().getSimpleName());
            throw new UserError("scan.error.mailFailed");
        }
    }

    private SimpleMailMessage message(String to, Scan scan, String code, Locale locale, String key, String organisation) {
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(to);
        List<Locale> order = languages(locale);
        m.setSubject(Translations.get(order.get(0), key + ".subject", scan.getName(), organisation)
                + " / " + Translations.get(order.get(1), key + ".subject", scan.getName(), organisation));
        StringBuilder text = new StringBuilder();
        for (Locale language : order) {
            if (!text.isEmpty()) {
                text.append("\n\n").append("—".repeat(20)).append("\n\n");
            }
            text.append(body(language, key, scan.getName(), organisation, InvitationSheets.link(publicUrl, code),
                    InvitationCodes.format(code), scan.getClosesOn()));
        }
        m.setText(text.toString());
        return m;
    }

    /** The sender's language first, then the other one. */
    static List<Locale> languages(Locale sender) {
        return sender != null && "en".equals(sender.getLanguage())
                ? List.of(Translations.ENGLISH, Translations.DUTCH)
                : List.of(Translations.DUTCH, Translations.ENGLISH);
    }

    /** One language's text of an invitation or reminder: the deadline in that language's date format. */
    static String body(Locale language, String key, String scanName, String organisation, String link, String code,
                       LocalDate closesOn) {
        String deadline = closesOn == null
                ? Translations.get(language, "scan.mail.deadlineOpen")
                : Translations.get(language, "scan.mail.deadline",
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(closesOn));
        return Translations.get(language, key + ".body", scanName, link, code, deadline, organisation).replace("\\n", "\n");
    }
}
